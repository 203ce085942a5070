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
