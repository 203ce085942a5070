import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { followsParagraph, keepSectionHeadings, WRAPPED_TITLE_HELPERS } from '../../src/core/prepare/keep-section-headings';
import { extractArticle } from '../../src/core/extract';
import type { Metadata } from '../../src/core/types';
import { fragment, makeDocument } from './dom';

const PARA = 'Gegründet wurde das Label bereits 2013 von einer leidenschaftlichen Surferin und Grafikdesignerin, die nachhaltige Mode liebt. ';
const TITLE = 'Lieblingslabel: Faire Swimwear von MYMARINI + Interview mit Gründerin Mareen Burk';
// Cut down from a trafilatura dev page (heavenlynnhealthy.de): the headline sits in an
// "entry-header", which Readability drops as unlikely before it looks for the title's repeat.
const page = (extra = '') => `<html><head><title>${TITLE} - Heavenlynn Healthy</title></head><body>
  <article><header class="entry-header"><h1 class="entry-title">${TITLE}</h1></header>
  <div class="entry-content">${extra}<p>${PARA.repeat(3)}</p><p>${PARA.repeat(2)}</p>
  <h2>Im Gespräch mit MYMARINI-Gründerin Mareen Burk</h2><p>${PARA.repeat(3)}</p><p>${PARA.repeat(3)}</p></div></article></body></html>`;
const meta: Metadata = {
  title: TITLE, published: null, modified: null, author: null, authors: [], siteName: null, siteShortName: null,
  section: null, keywords: [], lang: null, canonicalUrl: null, description: null, image: null, sources: {},
};

describe('keepSectionHeadings', () => {
  it('finds the helper it wraps in the installed Readability', () => {
    const reader = new Readability(makeDocument('<p>x</p>')) as unknown as Record<string, unknown>;
    for (const name of WRAPPED_TITLE_HELPERS) expect(typeof reader[name], name).toBe('function');
  });

  it('keeps a section heading that shares most words with the title', () => {
    const plain = new Readability<string>(makeDocument(page())).parse()?.textContent ?? '';
    expect(plain).not.toContain('Im Gespräch');
    const doc = makeDocument(page());
    const kept = keepSectionHeadings(new Readability<string>(doc), Array.from(doc.body.getElementsByTagName('*'))).parse()?.textContent ?? '';
    expect(kept).toContain('Im Gespräch mit MYMARINI-Gründerin Mareen Burk');
    expect(extractArticle(makeDocument(page()), 'https://blog.example.com/a', meta).text).toContain('Im Gespräch mit MYMARINI');
  });

  it('still drops the first heading like the title when no headline came before it', () => {
    // No <h1> repeats the title: the <h2> may be the headline, as Readability takes it.
    const doc = makeDocument(page().replace(`<h1 class="entry-title">${TITLE}</h1>`, '<h1>Heavenlynn Healthy</h1>'));
    const text = keepSectionHeadings(new Readability<string>(doc), Array.from(doc.body.getElementsByTagName('*'))).parse()?.textContent ?? '';
    expect(text).not.toContain('Im Gespräch');
  });

  it('still drops the headline printed again at the top of the body, before any text', () => {
    const doc = makeDocument(page('<h2>Faire Swimwear von MYMARINI: Interview mit Gründerin Mareen Burk</h2>'));
    const text = keepSectionHeadings(new Readability<string>(doc), Array.from(doc.body.getElementsByTagName('*'))).parse()?.textContent ?? '';
    expect(text).not.toContain('Faire Swimwear von MYMARINI: Interview');
    expect(text).toContain('Im Gespräch mit MYMARINI-Gründerin Mareen Burk');
  });

  it('counts a paragraph of text before the heading, not a short label', () => {
    expect(followsParagraph(fragment(`<p>${PARA}</p><h2 id="h">x</h2>`).querySelector('#h')!)).toBe(true);
    expect(followsParagraph(fragment('<p>Reisen</p><span>12.05.2022</span><h2 id="h">x</h2>').querySelector('#h')!)).toBe(false);
  });
});
