import { describe, expect, it } from 'vitest';
import { byTags, childElements, closestTag, firstMatch, firstTag, hasTag, tagList } from '../../../src/core/cleanup/by-tag';
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

  // Past 2 names, one walk of the subtree instead of one collection per name.
  it('says the same for many names, with HTML names in any case and others exact', () => {
    const root = fragment(HTML);
    for (const tags of [['video', 'audio', 'IMG'], ['video', 'audio', 'canvas', 'div'], ['x', 'y', 'foreignObject'], ['x', 'y', 'foreignobject'], ['x', 'y', 'TEXT'], ['form', 'input', 'li']]) {
      expect(hasTag(root, tags), tags.join()).toBe(!!root.querySelector(tags.join(',')));
    }
    const doc = makeDocument(`<html><head><base href="/x/"></head><body>${HTML}</body></html>`);
    expect(hasTag(doc, ['video', 'audio', 'base'])).toBe(true);
    expect(hasTag(doc.body, ['video', 'audio', 'base'])).toBe(false);
  });

  it('does not count the element itself', () => {
    const root = fragment('<div><p>x</p></div>').firstElementChild!;
    expect(hasTag(root, ['div', 'section', 'article'])).toBe(false);
    expect(hasTag(root, ['div', 'section', 'p'])).toBe(true);
  });
});

describe('firstTag and firstMatch', () => {
  it('find what querySelector finds', () => {
    const root = fragment(HTML);
    for (const tags of [['img'], ['li', 'td'], ['TD', 'ul'], ['text'], ['foreignObject'], ['foreignobject'], ['p', 'a'], ['video']]) {
      expect(firstTag(root, tags), tags.join()).toBe(root.querySelector(tags.join(',')));
    }
    expect(firstMatch(root, (el) => el.localName === 'img' && el.hasAttribute('src'))).toBe(root.querySelector('img[src]'));
  });

  it('do not count the element itself', () => {
    const root = fragment('<div><p>x</p></div>').firstElementChild!;
    expect(firstTag(root, ['div'])).toBeNull();
    expect(firstTag(root, ['div', 'p'])).toBe(root.firstElementChild);
  });
});

describe('closestTag', () => {
  it('finds what closest finds, the element itself first', () => {
    const root = fragment(`<div>${HTML}</div>`);
    for (const el of byTags(root, ['*'])) {
      for (const tags of [['p'], ['li', 'ul'], ['td', 'th'], ['table'], ['a'], ['svg', 'div'], ['TABLE', 'SPAN']]) {
        expect(closestTag(el, tags), `${el.localName} ${tags.join()}`).toBe(el.closest(tags.join(',')));
      }
    }
  });
});

describe('childElements', () => {
  it('lists the element children in order, as a copy that removals leave whole', () => {
    const root = fragment('text<p>a</p><!-- c --><b>b</b> more <i>c</i>');
    const children = childElements(root);
    expect(children.map((el) => el.tagName)).toEqual(['P', 'B', 'I']);
    for (const el of children) el.remove();
    expect(children).toHaveLength(3);
    expect(root.children).toHaveLength(0);
  });
});

describe('tagList', () => {
  it('splits a selector list of tag names', () => {
    expect(tagList('h1, h2,p ,  div')).toEqual(['h1', 'h2', 'p', 'div']);
  });
});
