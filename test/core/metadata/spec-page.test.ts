// The product's reference page: every metadata value and where it came from.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/index';

const SPEC = new URL('../../../../shared/spec/article-page.html', import.meta.url);
const URL_ = 'https://thehill.com/policy/defense/5140389-hegseth-nato-membership-ukraine-russia/';
const NOW = new Date('2026-01-01T00:00:00Z');

it('the spec page is there (../shared/spec)', () => {
  expect(existsSync(fileURLToPath(SPEC))).toBe(true);
});

describe('spec page metadata', () => {
  const doc = new JSDOM(readFileSync(SPEC, 'utf8'), { url: URL_ }).window.document;
  const before = doc.documentElement.outerHTML;
  const m = extractMetadata(doc, URL_, NOW);

  it.each([
    ['title', 'Hegseth rules out NATO membership for Ukraine in peace deal with Russia'],
    ['published', '2025-02-12T18:11:59-05:00'],
    ['siteName', 'The Hill'],
    ['siteShortName', 'thehill'],
    ['lang', 'en-US'],
    ['canonicalUrl', URL_],
    ['author', 'Ellen Mitchell'],
    ['section', 'Defense'],
    ['image', 'https://thehill.com/wp-content/uploads/sites/2/2025/02/hegseth_pete_021225_ap.jpg?w=1280'],
  ] as const)('%s', (key, want) => {
    expect(m[key]).toBe(want);
  });

  it('keywords', () => {
    expect(m.keywords).toEqual(['Pete Hegseth', 'Ukraine', 'NATO', 'Russia']);
  });
  it('published is the same instant as article:published_time', () => {
    expect(Date.parse(m.published ?? '')).toBe(Date.parse('2025-02-12T23:11:59+00:00'));
  });
  it('modified is the same instant as article:modified_time', () => {
    expect(Date.parse(m.modified ?? '')).toBe(Date.parse('2025-02-13T01:02:10+00:00'));
  });
  it('names the sources', () => {
    expect(m.sources).toMatchObject({ published: 'JSON-LD datePublished', author: 'JSON-LD author', siteName: 'meta og:site_name', canonicalUrl: 'link rel=canonical' });
  });
  it('leaves the document unchanged', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
