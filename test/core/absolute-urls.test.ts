// URLs of the extracted article: absolute against the page, in-page anchors unlinked.
import { describe, expect, it } from 'vitest';
import { makeUrlsAbsolute } from '../../src/core/prepare/absolute-urls';
import { fragment } from './dom';

const PAGE = 'https://news.example/2025/story.html';

function links(html: string, base = PAGE): Array<string | null> {
  const root = fragment(html);
  makeUrlsAbsolute(root, base);
  return Array.from(root.querySelectorAll('a'), (a) => a.getAttribute('href'));
}

describe('makeUrlsAbsolute', () => {
  it('resolves relative links against the page', () => {
    expect(links('<a href="other.html">x</a><a href="/top">y</a>')).toEqual(['https://news.example/2025/other.html', 'https://news.example/top']);
  });

  it('unlinks in-page anchors, written relative or already made absolute', () => {
    // Readability makes "#cite-3" absolute when the document's URL is not the page's (a
    // snapshot parsed in the popup): both forms must end the same way.
    expect(links(`<a href="#cite-3">[3]</a><a href="${PAGE}#cite-4">[4]</a>`)).toEqual([null, null]);
  });

  it('drops addresses on the author\'s own disk and scripts', () => {
    expect(links('<a href="file:///C|/Documents/a.html">a</a><a href="javascript:void(0)">b</a>')).toEqual([null, null]);
  });

  it('keeps links to the page itself without an anchor, and anchors on other pages', () => {
    expect(links(`<a href="${PAGE}">here</a><a href="https://news.example/2025/other.html#part-2">there</a>`)).toEqual([PAGE, 'https://news.example/2025/other.html#part-2']);
  });
});
