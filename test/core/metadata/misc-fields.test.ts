// Site name, section, keywords and description: source order and clean-up.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/index';
import { ldScript, NOW, page } from './dom';

const URL = 'https://www.bbc.co.uk/news/x';
const meta = (head: string) => extractMetadata(page(head, '', URL), URL, NOW);

describe('siteName', () => {
  it.each([
    ['og:site_name', '<meta property="og:site_name" content=" The  Hill ">', 'The Hill', 'meta og:site_name'],
    ['JSON-LD publisher', ldScript({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'BBC News' } }), 'BBC News', 'JSON-LD publisher'],
    ['JSON-LD WebSite', ldScript({ '@graph': [{ '@type': 'WebSite', name: 'BBC' }] }), 'BBC', 'JSON-LD publisher'],
    ['application-name', '<meta name="application-name" content="BBC App">', 'BBC App', 'meta application-name'],
  ])('%s', (_name, head, want, source) => {
    const m = meta(head);
    expect([m.siteName, m.sources.siteName]).toEqual([want, source]);
  });
  it('the short name comes from the canonical host', () => {
    expect(meta('<link rel="canonical" href="https://thehill.com/x">').siteShortName).toBe('thehill');
  });
  it('the short name falls back to the page host', () => {
    expect(meta('').siteShortName).toBe('bbc');
  });
});

describe('section', () => {
  it.each([
    ['article:section', '<meta property="article:section" content="Defense">', 'Defense'],
    ['JSON-LD articleSection array: the first', ldScript({ '@type': 'Article', articleSection: ['World', 'Europe'] }), 'World'],
    ['parsely-section', '<meta name="parsely-section" content="Tech">', 'Tech'],
    ['none', '', null],
  ])('%s', (_name, head, want) => {
    expect(meta(head).section).toBe(want);
  });
});

describe('keywords', () => {
  it.each([
    ['article:tag, one per meta', '<meta property="article:tag" content="A"><meta property="article:tag" content="B">', ['A', 'B']],
    ['JSON-LD comma string', ldScript({ '@type': 'Article', keywords: 'x, y ,x' }), ['x', 'y']],
    ['JSON-LD array', ldScript({ '@type': 'Article', keywords: ['P', 'Q'] }), ['P', 'Q']],
    ['news_keywords', '<meta name="news_keywords" content="n1,n2">', ['n1', 'n2']],
    ['keywords', '<meta name="keywords" content="k1, k2">', ['k1', 'k2']],
    ['parsely-tags', '<meta name="parsely-tags" content="t1,t2">', ['t1', 't2']],
    ['empty meta', '<meta name="keywords" content=" , ">', []],
  ])('%s', (_name, head, want) => {
    expect(meta(head).keywords).toEqual(want);
  });
});

describe('description', () => {
  it.each([
    ['meta description', '<meta name="description" content="Desc &amp; more">', 'Desc & more'],
    ['og:description', '<meta property="og:description" content="OG desc">', 'OG desc'],
    ['JSON-LD description', ldScript({ '@type': 'Article', description: 'LD &quot;desc&quot;' }), 'LD "desc"'],
    ['empty', '<meta name="description" content="">', null],
  ])('%s', (_name, head, want) => {
    expect(meta(head).description).toBe(want);
  });
});

describe('an empty document', () => {
  it('gives nulls and empty lists, never throws', () => {
    expect(meta('')).toMatchObject({ title: null, published: null, modified: null, author: null, authors: [], keywords: [], image: null, section: null });
  });
});
