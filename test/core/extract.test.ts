import { describe, expect, it } from 'vitest';
import { extractArticle, preparedClone } from '../../src/core/extract';
import type { Metadata } from '../../src/core/types';
import { makeDocument } from './dom';

const PARA = 'This is a long sentence of real article text that keeps going for a while. '.repeat(6);
const meta: Metadata = {
  title: 'The Headline', published: null, modified: null, author: null, authors: [], siteName: null, siteShortName: null,
  section: null, keywords: [], lang: null, canonicalUrl: null, description: null, image: null, sources: {},
};
// The parser accepts this doctype name; the DOM cannot create it, so cloneNode throws.
const BAD_DOCTYPE = '<!doctype htm="http://x.test/a.js?v2" language="JavaScript">';

describe('cloning pages with a doctype the DOM rejects', () => {
  it('is such a page (cloneNode throws)', () => {
    const doc = makeDocument(`${BAD_DOCTYPE}<html><body><p>x</p></body></html>`);
    expect(() => doc.cloneNode(true)).toThrow();
  });

  it('copies the page anyway', () => {
    const doc = makeDocument(`${BAD_DOCTYPE}<html><body><article><p>${PARA}</p></article></body></html>`);
    expect(preparedClone(doc).body.textContent).toContain('real article text');
  });

  it('extracts the article from such a page', () => {
    const doc = makeDocument(`${BAD_DOCTYPE}<html><body><article><p>${PARA}</p><p>${PARA}</p></article></body></html>`);
    const out = extractArticle(doc, 'https://news.example.com/a', meta);
    expect(out.isArticle).toBe(true);
    expect(out.text).toContain('real article text');
  });

});

describe("the page's <html> class", () => {
  // Readability tests <html> against its "unlikely candidate" words like any element: a
  // class such as "with-banner" removed the whole document from its first attempt, and its
  // retry without that test kept the "extra" notes below the article.
  const page = (htmlClass: string) => makeDocument(`<html class="${htmlClass}"><body>
    <div class="story"><p>${PARA}</p><p>${PARA}</p><p>${PARA}</p></div>
    <div class="extra"><p>First commenter says something long enough to score well, with commas, many, many, words.</p>
    <p>Second commenter answers something long enough to score well, with commas, many, many, words.</p></div>
    </body></html>`);

  it('does not change which part of the page is the article', () => {
    const plain = extractArticle(page('js'), 'https://news.example.com/a', meta);
    const banner = extractArticle(page('js with-banner--skyscraper header--big'), 'https://news.example.com/a', meta);
    expect(plain.text).not.toContain('commenter');
    expect(banner.text).toBe(plain.text);
  });
});

describe('an article printed only inside <noscript>', () => {
  // Blogger prints post bodies this way and builds them with scripts; parsed without
  // scripting, Readability removes the noscript and finds no article.
  const page = `<html><body><div class="header"><h1>The Blog</h1></div>
    <div class="post"><script>render()</script><noscript><p>${PARA}</p><p>${PARA}</p><p>${PARA}</p></noscript></div></body></html>`;

  it('is found in the noscript', () => {
    const out = extractArticle(makeDocument(page), 'https://blog.example.com/a', meta);
    expect(out.isArticle).toBe(true);
    expect(out.text).toContain('real article text');
  });

  it('does not change a page whose noscript holds only an image', () => {
    const html = `<html><body><article><p>${PARA}</p><p>${PARA}</p><noscript><img src="https://x.test/a.jpg"></noscript></article></body></html>`;
    const out = extractArticle(makeDocument(html), 'https://news.example.com/a', meta);
    expect(out.text).toBe(`${PARA.trim()} ${PARA.trim()}`);
  });
});
