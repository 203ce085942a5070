import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import type { Metadata } from '../../src/core/types';
import { makeDocument } from './dom';

const PARA = 'This is a long sentence of real article text that keeps going for a while. ';
const body = Array.from({ length: 8 }, (_, i) => `<p>${PARA.repeat(4)}Paragraph ${i}.</p>`).join('');
const LEAD = 'The lead says in one sentence what happened, who was there and why it matters to readers.';
const meta: Metadata = {
  title: 'The Headline', published: null, modified: null, author: null, authors: [], siteName: null, siteShortName: null,
  section: null, keywords: [], lang: null, canonicalUrl: null, description: null, image: null, sources: {},
};
const extract = (html: string) => extractArticle(makeDocument(`<html><body>${html}</body></html>`), 'https://news.example.com/a', meta);

describe('the lead beside the article body', () => {
  it('goes back in front of the body when it stood in the article header', () => {
    const out = extract(`<article><header><h1>The Headline</h1><p class="ts-intro">${LEAD}</p><address>Jane Doe</address></header>
      <div class="article-content"><div class="article-body">${body}</div></div></article>`);
    expect(out.text.startsWith(LEAD)).toBe(true);
    expect(out.text.split(LEAD)).toHaveLength(2);
  });

  it("goes back when the story's block also holds a long box of links (as much again as the story)", () => {
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/other-${i}">Another story headline that runs on, number ${i}</a></li>`).join('');
    const out = extract(`<article><header><h1>The Headline</h1><div class="article-intro"><p>${LEAD}</p></div></header>
      <div class="article-body">${body}</div><div class="more"><ul>${links}</ul></div></article>`);
    expect(out.text).not.toContain('Another story headline');
    expect(out.text.startsWith(LEAD)).toBe(true);
  });

  it('goes back without a date stamped into its paragraph', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/other-${i}">Another story headline that runs on, number ${i}</a></li>`).join('');
    const out = extract(`<div id="main"><div class="wideblock"><div class="introBox"><h1>The Headline</h1><p class="intro"><span class="date">19.10.2019, 15:30 Uhr</span><span class="text">${LEAD}</span></p></div></div>
      <div id="content_left"><div class="contentPage article"><div id="articleBody">${body}</div></div></div><div class="more"><ul>${links}</ul></div></div>`);
    expect(out.text.startsWith(LEAD)).toBe(true);
    expect(out.text).not.toContain('15:30');
  });

  it('goes back without the headline and date of its intro block, even in a "teaser-text" box', () => {
    const out = extract(`<div class="row"><div class="intro"><h1>The Headline</h1><div class="date">25. Januar 2022 Berlin</div>
      <div class="teaser-text"><p>${LEAD}</p></div></div><div class="content text">${body}</div></div>`);
    expect(out.text.startsWith(LEAD)).toBe(true);
    expect(out.text).not.toContain('Januar');
  });

  it('stays out when it is a teaser of another story elsewhere on the page', () => {
    const teasers = Array.from({ length: 3 }, (_, i) => `<div class="teaser"><h3>Other story ${i}</h3><div class="field-abstract">Another story's abstract number ${i} tells of something else that happened elsewhere.</div></div>`).join('');
    const filler = `<div class="about"><p>${PARA.repeat(30)}</p></div>`;
    const out = extract(`<div class="list">${teasers}</div>${filler}<article><div class="article-body">${body}</div></article>`);
    expect(out.text).not.toContain('abstract number');
  });
});

describe('a lead known by the page description', () => {
  // The standfirst in a block with no lead word in its class ("font-bold mb-6", "post-text h3"):
  // its text is the description the site wrote for the story (meta description / og:description).
  const page = `<main><div class="head"><h1>The Headline</h1><div class="font-bold mb-6"><div>${LEAD}</div></div></div>
    <div class="text-body">${body}</div></main>`;
  const withDescription = (description: string | null) =>
    extractArticle(makeDocument(`<html><body>${page}</body></html>`), 'https://news.example.com/a', { ...meta, description });

  it('goes back in front of the body when its text opens the description', () => {
    const out = withDescription(LEAD);
    expect(out.text.startsWith(LEAD)).toBe(true);
    expect(out.text.split(LEAD)).toHaveLength(2);
  });

  it('goes back when the description is a shortened copy of it', () => {
    expect(withDescription(`${LEAD.slice(0, 60)}…`).text.startsWith(LEAD)).toBe(true);
  });

  it('goes back as a paragraph when the site set it as a heading', () => {
    const heading = `<main><h1>The Headline</h1><h2 class="hero__teaser">${LEAD}</h2><div class="text-body">${body}</div></main>`;
    const out = extractArticle(makeDocument(`<html><body>${heading}</body></html>`), 'https://news.example.com/a', { ...meta, description: LEAD });
    expect(out.text.startsWith(LEAD)).toBe(true);
    expect(out.root.querySelector('h2')).toBeNull();
  });

  it('goes back from a hero block far above the body, which a lead known only by its class does not', () => {
    const links = Array.from({ length: 150 }, (_, i) => `<li><a href="/other-${i}">Another story headline that runs on, number ${i}</a></li>`).join('');
    const far = (leadClass: string) => `<div id="wrapper"><div class="hero"><h1>The Headline</h1><div class="${leadClass}"><p>${LEAD}</p></div></div>
      <div class="more"><ul>${links}</ul></div><div class="article-body">${body}</div></div>`;
    const clip = (leadClass: string, description: string | null) =>
      extractArticle(makeDocument(`<html><body>${far(leadClass)}</body></html>`), 'https://news.example.com/a', { ...meta, description });
    expect(clip('hero-text', LEAD).text.startsWith(LEAD)).toBe(true);
    expect(clip('intro', null).text).not.toContain(LEAD);
  });

  it('stays out when the description says something else', () => {
    expect(withDescription('A different summary of the story, written for search engines only.').text).not.toContain(LEAD);
    expect(withDescription(null).text).not.toContain(LEAD);
  });
});
