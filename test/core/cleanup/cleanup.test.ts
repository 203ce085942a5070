import { describe, expect, it } from 'vitest';
import { boilerplatePhrase } from '../../../src/core/cleanup/boilerplate-phrases';
import { junkReason } from '../../../src/core/cleanup/junk-attributes';
import { removeJunkElements } from '../../../src/core/cleanup/remove-junk-elements';
import { removeBoilerplateBlocks } from '../../../src/core/cleanup/remove-boilerplate-blocks';
import { removeLinkLists } from '../../../src/core/cleanup/remove-link-lists';
import { removeEmptyElements } from '../../../src/core/cleanup/remove-empty-elements';
import { removeHeaderRepeats } from '../../../src/core/cleanup/remove-header-repeats';
import { cleanArticle } from '../../../src/core/cleanup';
import { flatText } from '../../../src/core/cleanup/text';
import type { Metadata } from '../../../src/core/types';
import { fragment } from '../dom';

const LONG = 'This is a long sentence of real article text that keeps going for a while. '.repeat(6);
const meta: Metadata = {
  title: 'The Headline', published: null, modified: null, author: null, authors: [], siteName: null, siteShortName: null,
  section: 'Defense', keywords: [], lang: null, canonicalUrl: null, description: null, image: 'https://x.test/lead.jpg?w=1280', sources: {},
};

describe('boilerplatePhrase', () => {
  it.each([
    ['Read more: Senate passes budget', 'read more'],
    ['All rights reserved.', 'all rights reserved'],
    ['Copyright 2025 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.', 'all rights reserved'],
    ['Lesen Sie auch: Die Wahl in Berlin', 'lesen sie auch'],
    ['À lire aussi : la réforme', 'à lire aussi'],
    ['Lee también: el debate', 'lee también'],
    ['Leggi anche il commento', 'leggi anche'],
    ['Leia também: a crise', 'leia também'],
    ['Sign up for the Defense and National Security newsletter', 'sign up'],
    ['Comments', 'comments'],
  ])('%j is boilerplate (%s)', (text, phrase) => {
    expect(boilerplatePhrase(text)).toBe(phrase);
  });

  it.each([
    ['Comments by the minister on Tuesday drew criticism from opposition leaders across the country.'],
    ['Subscribers to the service were told of the change on Monday.'],
    ['Recommendations from the panel include a higher budget.'],
    [`Read more ${'words '.repeat(60)}`],
  ])('%j is article text', (text) => {
    expect(boilerplatePhrase(text)).toBeNull();
  });
});

describe('junkReason', () => {
  it.each([
    ['<div class="share-bar"></div>', 'class share-'],
    ['<div class="nl-signup js-nl-signup"></div>', 'class nl'],
    ['<div class="ad-unit ad-unit--in-article"></div>', 'class ad'],
    ['<div role="navigation"></div>', 'role=navigation'],
    ['<div hidden></div>', 'hidden'],
    ['<div style="display: none"></div>', 'style hidden'],
    ['<section aria-label="Share this story"></section>', 'aria-label share this story'],
  ])('%s → %s', (html, reason) => {
    expect(junkReason(fragment(html).firstElementChild as Element)).toBe(reason);
  });

  it.each([
    ['<div class="article__text body-copy flow"></div>'],
    ['<div class="header"></div>'],
    ['<div class="shared-content"></div>'],
    // What it has, not what it is.
    ['<header class="contentHeader contentHeader--articleHeader has-sharing"></header>'],
    ['<div class="layout with-sidebar no-ads"></div>'],
  ])('%s is not junk', (html) => {
    expect(junkReason(fragment(html).firstElementChild as Element)).toBeNull();
  });

  it('takes a box word (widget, readmore) as junk only when the box holds no prose', () => {
    const prose = `<p>${LONG}</p>`;
    expect(junkReason(fragment(`<div class="elementor-widget elementor-widget-text-editor">${prose}</div>`).firstElementChild as Element)).toBeNull();
    expect(junkReason(fragment(`<p class="presentation-box-txt js_readmore">${LONG}</p>`).firstElementChild as Element)).toBeNull();
    expect(junkReason(fragment('<div class="widget"><a href="/a">Popular posts</a> <a href="/b">Archive</a></div>').firstElementChild as Element)).toBe('class widget');
    // A bare "widget" is a sidebar box even with a blurb in it.
    expect(junkReason(fragment(`<li class="widget"><h4>Our widget</h4><p>${LONG}</p></li>`).firstElementChild as Element)).toBe('class widget');
    expect(junkReason(fragment('<div class="readmore"><a href="/next">Read more</a></div>').firstElementChild as Element)).toBe('class readmore');
  });
});

describe('passes', () => {
  it('removes furniture but not a big element marked like it', () => {
    const root = fragment(`<div class="share">Share Tweet</div><div class="story paywall"><p>${LONG}</p></div>`);
    removeJunkElements(root);
    expect(flatText(root)).not.toContain('Share Tweet');
    expect(flatText(root)).toContain('real article text');
  });

  it('removes short boilerplate blocks and climbs to their wrapper', () => {
    const root = fragment(`<p>${LONG}</p><div><p><strong>Read more: Other story</strong></p></div><p class="copyright">Copyright 2025 X. All rights reserved.</p>`);
    removeBoilerplateBlocks(root);
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('removes link lists and lone link lines, keeps prose with links', () => {
    const root = fragment(`<p>${LONG} <a href="https://a.test">a link</a></p><ul><li><a href="https://a.test/1">One</a></li><li><a href="https://a.test/2">Two</a></li><li><a href="https://a.test/3">Three</a></li></ul><p><a href="https://a.test/4">Other headline here</a></p>`);
    removeLinkLists(root);
    expect(root.querySelector('ul')).toBeNull();
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('keeps a lone link line to another site (the source the text cites), not one to the same site', () => {
    const html = `<p>${LONG} Sign the petition:</p><p><a href="http://www.openpetition.de/petition/online/x">http://www.openpetition.de/petition/online/x</a></p><p><a href="https://www.news.example.com/2025/other">Other headline here</a></p><p><a href="https://pictures.agency.test/slideshow">Jamal Saidi/Reuters</a></p>`;
    const root = fragment(html);
    removeLinkLists(root, 'https://news.example.com/2025/02/12/story/');
    expect(flatText(root)).toContain('openpetition');
    expect(flatText(root)).not.toContain('Other headline');
    expect(flatText(root)).not.toContain('Reuters');
  });

  it('removes a list of one lone link to the same site (a related story between paragraphs), keeps one to another site', () => {
    const html = `<p>${LONG}</p><ul><li><a href="https://news.example.com/2025/timeline"><strong>The latest news about the outbreak (paywall-free)</strong></a></li></ul><p>${LONG}</p><ul><li><a href="https://www.who.int/report-on-the-outbreak">World Health Organization report on the outbreak</a></li></ul><h3>iPhone Apps</h3><ul><li><a href="http://vesperapp.co/">Vesper</a></li></ul>`;
    const root = fragment(html);
    removeLinkLists(root, 'https://news.example.com/2025/02/12/story/');
    expect(flatText(root)).not.toContain('The latest news');
    expect(flatText(root)).toContain('World Health Organization report');
    expect(flatText(root)).toContain('Vesper');
  });

  it('removes empty elements deepest first, keeps images', () => {
    const root = fragment('<div><p>&nbsp;</p><span> </span></div><p><img src="https://x.test/a.jpg"></p><p>x</p>');
    removeEmptyElements(root);
    expect(root.children).toHaveLength(2);
  });

  it('treats a mis-decoded no-break space ("Â") as blank, but keeps words with that letter', () => {
    const root = fragment('<div class="box"><p>Â&nbsp;</p><div><p>Â </p></div></div><p>Â bientôt, dit-il.</p>');
    removeEmptyElements(root);
    expect(root.children).toHaveLength(1);
    expect(root.textContent).toContain('bientôt');
  });

  // readability's pixnet: a word processor's lines, each break in its own styled span.
  it('keeps the line break of an empty inline box, not the box', () => {
    const root = fragment('<p><span>行動: 0937-141993</span><span style="color: #2e2e2e"><br></span><span>林錦武</span><span><b></b></span></p><p><br></p>');
    removeEmptyElements(root);
    expect(root.innerHTML).toBe('<p><span>行動: 0937-141993</span><br><span>林錦武</span></p>');
  });

  it('removes the headline, section label and lead image repeats', () => {
    const root = fragment(`<header><a href="/defense">Defense</a><h1>The Headline</h1><figure><img src="https://x.test/lead.jpg?w=900"><figcaption>c</figcaption></figure></header><p>${LONG}</p><figure><img src="https://x.test/other.jpg"></figure>`);
    removeHeaderRepeats(root, { metadata: meta, url: 'https://x.test/a' });
    expect(root.querySelector('h1')).toBeNull();
    expect(flatText(root)).not.toMatch(/^Defense/);
    expect(Array.from(root.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual(['https://x.test/other.jpg']);
  });
});

describe('cleanArticle', () => {
  it('falls back to the uncleaned article when cleanup would remove more than half', () => {
    const article = fragment(`<div class="related"><p>${LONG}</p></div><p>Short bit of text.</p>`);
    // Two passes that each take the box: skipping one does not help.
    const greedy = (name: string) => ({ name, run: (root: Element) => { root.querySelector('div')?.remove(); return 1; } });
    const out = cleanArticle(article, { metadata: meta, url: 'https://x.test/a' }, [greedy('one'), greedy('two')]);
    expect(flatText(out.root)).toContain('real article text');
    expect(out.warnings[0]).toMatch(/kept Readability's article/);
  });

  it('skips only the pass that takes too much when the others keep half of the text', () => {
    const article = fragment(`<div class="related"><p>${LONG}</p></div><p>Short bit of text.</p><p>Read more</p>`);
    const greedy = { name: 'greedy', run: (root: Element) => { root.querySelector('div')?.remove(); return 1; } };
    const phrases = { name: 'phrases', run: (root: Element) => removeBoilerplateBlocks(root) };
    const out = cleanArticle(article, { metadata: meta, url: 'https://x.test/a' }, [greedy, phrases]);
    expect(flatText(out.root)).toContain('real article text');
    expect(flatText(out.root)).not.toContain('Read more');
    expect(out.warnings[0]).toMatch(/'greedy'/);
  });

  it('cleans the article in place, yet falls back to it as it was given', () => {
    const article = fragment(`<div class="share">x</div><p>${LONG}</p>`);
    const out = cleanArticle(article, { metadata: meta, url: 'https://x.test/a' });
    expect(out.root).toBe(article);
    expect(article.querySelector('.share')).toBeNull();
    // The greedy passes below remove the box from the article itself before the safety net runs.
    const second = fragment(`<div class="related"><p>${LONG}</p></div><p>Short bit of text.</p>`);
    const greedy = (name: string) => ({ name, run: (root: Element) => { root.querySelector('div')?.remove(); return 1; } });
    const fallback = cleanArticle(second, { metadata: meta, url: 'https://x.test/a' }, [greedy('one'), greedy('two')]);
    expect(fallback.root).not.toBe(second);
    expect(flatText(fallback.root)).toContain('real article text');
    expect(flatText(second)).not.toContain('real article text');
  });
});

describe('removeLinkLists: inline link bars', () => {
  const bar = '<span class="nav"><a href="/1">ePaper</a> | <a href="/2">Front Page</a> | <a href="/3">National</a> | <a href="/4">Sport</a> | <a href="/5">Opinion</a> |</span>';
  it('removes a bar of inline links standing between blocks', () => {
    const root = fragment(`<div><span>News: </span>${bar}<p>${'Words of the story go on here. '.repeat(8)}</p></div>`);
    removeLinkLists(root);
    expect(root.textContent).not.toContain('Front Page');
    expect(root.textContent).toContain('Words of the story');
  });
  it('keeps links inside a sentence or a paragraph', () => {
    const inSentence = fragment(`<div>The sections are ${bar} and more, he said.</div>`);
    removeLinkLists(inSentence);
    expect(inSentence.textContent).toContain('Front Page');
    const inParagraph = fragment(`<p>${bar}</p>`);
    removeLinkLists(inParagraph);
    expect(inParagraph.textContent).toContain('Front Page');
  });
});
