import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { REPLACED_HELPERS, speedUpReader } from '../../src/core/prepare/readability-speedups';
import { makeDocument } from './dom';

const SENTENCE = 'The council voted on Tuesday to approve the new budget, which funds schools, roads and parks. ';

/** Pages that reach every replaced helper: hidden boxes, bylines, empty blocks, SVG, tables, retries. */
const PAGES = [
  `<html><body><div class="byline">By Jane Doe</div><article><h1>Budget passes</h1><div>${SENTENCE.repeat(8)}</div>
   <div style="display:none">${SENTENCE}</div><div style="color: red">${SENTENCE.repeat(3)}</div><div aria-hidden="true">hidden</div>
   <div class="fallback-image" aria-hidden="true"><img src="a.png"></div><div hidden>gone</div><div>  <br> <hr> </div>
   <svg><a href="x"><text>svg link</text></a></svg><p>${SENTENCE.repeat(4)}</p><section></section></article></body></html>`,
  `<html><body><div id="main"><div><p>${SENTENCE.repeat(3)}</p><span>${SENTENCE}</span></div>
   <table><tr><td>${SENTENCE.repeat(2)}</td><td><ul><li><a href="#a">one</a></li><li><a href="#b">two</a></li></ul></td></tr></table>
   <div class="comments"><p>${SENTENCE}</p></div><div><iframe src="https://www.youtube.com/embed/x"></iframe></div>
   <p rel="author">Writer</p><font>old</font><div><p>${SENTENCE.repeat(5)}</p></div></div></body></html>`,
  // Links resolved against the page URL (no <base>: baseURI is documentURI), against a
  // <base href>, and with a <base> that has no href.
  `<html><body><article><p>${SENTENCE.repeat(6)} <a href="rel/a.html">rel</a> <a href="#frag">hash</a> <a href="/abs">abs</a>
   <img src="i.png" srcset="i.png 1x, ../j.png 2x"></p></article></body></html>`,
  `<html><head><base href="https://cdn.example.org/base/"></head><body><article><p>${SENTENCE.repeat(6)} <a href="rel/a.html">rel</a>
   <a href="#frag">hash</a></p></article></body></html>`,
  `<html><head><base target="_blank"></head><body><article><p>${SENTENCE.repeat(6)} <a href="rel/a.html">rel</a> <a href="#frag">hash</a></p></article></body></html>`,
  // Too short for the first pass: Readability retries with fewer filters.
  `<html><body><div class="sidebar"><p>${SENTENCE.repeat(2)}</p></div><div><span itemprop="author"><span itemprop="name">A. Writer</span></span></div></body></html>`,
];

function parse(html: string, fast: boolean) {
  const reader = new Readability<string>(makeDocument(html), { keepClasses: true });
  return (fast ? speedUpReader(reader) : reader).parse();
}

describe('speedUpReader', () => {
  it('finds the helpers it replaces in the installed Readability', () => {
    const reader = new Readability(makeDocument('<p>x</p>')) as unknown as Record<string, unknown>;
    for (const name of REPLACED_HELPERS) expect(typeof reader[name], name).toBe('function');
  });

  it.each(PAGES.map((html, i) => [i, html]))('gives the same article as Readability alone (page %i)', (_i, html) => {
    expect(parse(html as string, true)).toEqual(parse(html as string, false));
  });

  it('leaves the document’s own baseURI in place after resolving links', () => {
    const doc = makeDocument(PAGES[2]);
    speedUpReader(new Readability(doc)).parse();
    expect(Object.getOwnPropertyDescriptor(doc, 'baseURI')).toBeUndefined();
    expect(doc.baseURI).toBe(doc.documentURI);
  });

  it('lists elements by tag as querySelectorAll does, in document order and whatever the case', () => {
    const doc = makeDocument(`<div><p>a</p><SPAN>b</SPAN><svg><a><text>c</text></a></svg><ul><li><p>d</p></li></ul><a>e</a></div>`);
    const reader = speedUpReader(new Readability(doc)) as unknown as { _getAllNodesWithTag(node: ParentNode, tags: string[]): ArrayLike<Element> };
    for (const tags of [['p'], ['a'], ['p', 'span'], ['SPAN', 'LI', 'P'], ['a', 'li', 'text'], ['table']]) {
      expect(Array.from(reader._getAllNodesWithTag(doc, tags)), tags.join()).toEqual(Array.from(doc.querySelectorAll(tags.join(','))));
    }
  });
});
