// Extraction on a page with a browsing context moves the tree of a small page with frames
// into a document without one (no frame loads when Readability moves elements): the
// result is what a copy of the page gives, where nothing loads either.
import { describe, expect, it } from 'vitest';
import { framelessDocument } from '../../src/core/prepare/frameless-document';
import { clipDocument } from '../../src/core/clip';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { makeDocument } from './dom';

const URL = 'https://news.example.com/2025/02/12/story/';
const SENTENCE = 'The council voted on Tuesday to approve the new budget, which funds schools, roads and parks. ';
const PAGE = `<!doctype html><html lang="en"><head><title>Budget approved</title><style>p { color: red }</style></head><body>
  <div class="story"><h1>Budget approved</h1>
  <div><p>${SENTENCE.repeat(4)}</p><p>${SENTENCE.repeat(3)}</p></div>
  <div><iframe src="https://www.youtube.com/embed/abc"></iframe></div>
  <div><p>${SENTENCE.repeat(5)}</p><a href="/more">More</a></div></div></body></html>`;

describe('framelessDocument', () => {
  it('moves a small page with a frame into a document without a browsing context, at the same address', () => {
    const doc = makeDocument(PAGE, URL);
    const moved = framelessDocument(doc);
    expect(moved).not.toBe(doc);
    expect(moved.defaultView).toBeNull();
    expect(moved.documentURI).toBe(URL);
    expect(moved.getElementsByTagName('iframe')).toHaveLength(1);
    expect(moved.getElementsByTagName('style')).toHaveLength(0);
    expect(moved.title).toBe('Budget approved');
  });

  it('leaves a page without frames, or without a browsing context, where it is', () => {
    const plain = makeDocument(PAGE.replace(/<iframe.*?<\/iframe>/, ''), URL);
    expect(framelessDocument(plain)).toBe(plain);
    const copy = makeDocument(PAGE, URL).cloneNode(true) as Document;
    expect(framelessDocument(copy)).toBe(copy);
  });

  // Past 300 elements a page moves only when it has a frame per 150 elements or more.
  it('moves a larger page only when its frames are many for its size', () => {
    const filler = (n: number) => '<div><span>x</span></div>'.repeat(n);
    const frames = (n: number) => '<div><iframe src="https://www.youtube.com/embed/abc"></iframe></div>'.repeat(n);
    const big = (fill: number, count: number) => makeDocument(PAGE.replace('</body>', `${filler(fill)}${frames(count)}</body>`), URL);
    const sparse = big(300, 2); // about 620 elements, 3 frames
    expect(framelessDocument(sparse)).toBe(sparse);
    const dense = big(300, 4); // about 630 elements, 5 frames
    const moved = framelessDocument(dense);
    expect(moved).not.toBe(dense);
    expect(moved.getElementsByTagName('iframe')).toHaveLength(5);
  });

  it('gives the post a copy of the page gives', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const owned = clipDocument({ document: makeDocument(PAGE, URL), url: URL, now, settings: DEFAULT_SETTINGS, ownsDocument: true });
    const copied = clipDocument({ document: makeDocument(PAGE, URL), url: URL, now, settings: DEFAULT_SETTINGS });
    expect(owned.markdown).toBe(copied.markdown);
    expect(owned.article).toContain('youtube.com/watch?v=abc');
  });
});
