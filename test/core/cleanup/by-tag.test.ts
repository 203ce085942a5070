import { describe, expect, it } from 'vitest';
import { byTags, hasTag, tagList } from '../../../src/core/cleanup/by-tag';
import { fragment, makeDocument } from '../dom';

const HTML = `<p>a</p><SPAN>b</SPAN><svg><a><text>c</text></a><foreignObject><p>in svg</p></foreignObject></svg>
  <ul><li><p>d</p></li></ul><a>e</a><table><tr><td><img src="x.png"></td></tr></table>`;

describe('byTags', () => {
  it.each([['p'], ['a'], ['*'], ['p', 'span'], ['SPAN', 'LI'], ['a', 'li', 'text'], ['foreignObject'], ['foreignobject'], ['table', 'img'], ['video']])(
    'lists what querySelectorAll lists: %s',
    (...tags) => {
      const root = fragment(HTML);
      expect(byTags(root, tags)).toEqual(Array.from(root.querySelectorAll(tags.join(','))));
    },
  );

  it.each([['p', 'P'], ['li', 'p', 'LI'], ['img', 'a', 'td']])('lists an element named twice once: %s', (...tags) => {
    const root = fragment(HTML);
    expect(byTags(root, tags)).toEqual(Array.from(root.querySelectorAll(tags.join(','))));
  });

  // Short lists are merged in document order; past 256 order comparisons, one scan of all elements.
  it.each([10, 40, 70, 400])('lists what querySelectorAll lists with %i interleaved matches of each name', (n) => {
    const root = fragment(Array.from({ length: n }, (_, i) => (i % 3 ? `<p>${i}<em>x</em></p>` : `<em><b>${i}</b><p>${i}</p></em>`)).join(''));
    for (const tags of [['p', 'em'], ['em', 'b', 'p'], ['b', 'p']]) {
      expect(byTags(root, tags), tags.join()).toEqual(Array.from(root.querySelectorAll(tags.join(','))));
    }
  });

  it('works from the document too', () => {
    const doc = makeDocument(`<html><head><base href="/x/"></head><body>${HTML}</body></html>`);
    expect(byTags(doc, ['base', 'p'])).toEqual(Array.from(doc.querySelectorAll('base, p')));
  });
});

describe('hasTag', () => {
  it('says whether querySelector finds one', () => {
    const root = fragment(HTML);
    for (const tags of [['img'], ['video', 'audio'], ['text'], ['li', 'video'], ['div']]) {
      expect(hasTag(root, tags), tags.join()).toBe(!!root.querySelector(tags.join(',')));
    }
  });
});

describe('tagList', () => {
  it('splits a selector list of tag names', () => {
    expect(tagList('h1, h2,p ,  div')).toEqual(['h1', 'h2', 'p', 'div']);
  });
});
