import { describe, expect, it } from 'vitest';
import { absoluteUrl, cleanUrl, pickCanonicalUrl } from '../../../src/core/metadata/canonical-url';

const PAGE = 'https://www.example.com/news/story?id=1&utm_source=tw#top';

describe('cleanUrl', () => {
  it.each([
    ['https://x.com/a?utm_source=a&utm_medium=b&id=3', 'https://x.com/a?id=3'],
    ['https://x.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5', 'https://x.com/a'],
    ['https://x.com/a?ref=home&page=2', 'https://x.com/a?page=2'],
    ['https://x.com/a#section', 'https://x.com/a'],
  ])('%s', (url, want) => {
    expect(cleanUrl(url)).toBe(want);
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['/a/b', 'https://www.example.com/a/b'],
    ['//cdn.example.com/i.jpg', 'https://cdn.example.com/i.jpg'],
    ['javascript:alert(1)', null],
    ['data:image/png;base64,AAAA', null],
    ['  ', null],
  ])('%s', (href, want) => {
    expect(absoluteUrl(href, PAGE)).toBe(want);
  });
});

describe('pickCanonicalUrl', () => {
  it.each([
    ['link rel=canonical, made absolute', [{ value: '/news/story', source: 'link rel=canonical' }], 'https://www.example.com/news/story', 'link rel=canonical'],
    ['og:url when no canonical', [{ value: 'https://www.example.com/news/og', source: 'meta og:url' }], 'https://www.example.com/news/og', 'meta og:url'],
    ['page URL without tracking or fragment', [], 'https://www.example.com/news/story?id=1', 'page URL'],
    ['a home-page canonical on an article is ignored', [{ value: 'https://www.example.com/', source: 'link rel=canonical' }], 'https://www.example.com/news/story?id=1', 'page URL'],
  ])('%s', (_name, cands, want, source) => {
    expect(pickCanonicalUrl(cands, PAGE)).toEqual({ value: want, source });
  });
});
