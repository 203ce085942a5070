// Pages written to break parsers: the extractor must answer quickly and sanely.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/index';
import { ldScript, NOW, page } from './dom';

const URL = 'https://x.example/a';
const run = (head: string, body = '') => extractMetadata(page(head, body, URL), URL, NOW);

describe('hostile input', () => {
  it('survives JSON-LD nested thousands deep', () => {
    const deep = '{"@graph":['.repeat(3000) + ']}'.repeat(3000);
    expect(run(ldScript(deep)).published).toBeNull();
  });
  it('ignores a JSON-LD author that is markup', () => {
    expect(run(ldScript({ '@type': 'Article', author: '<img src=x onerror=alert(1)>' })).authors).toEqual([]);
  });
  it('keeps a title with markup characters as plain text', () => {
    expect(run('<meta property="og:title" content="&lt;b&gt;Bold&lt;/b&gt; move">').title).toBe('<b>Bold</b> move');
  });
  it('refuses a datePublished that is a huge string', () => {
    expect(run(ldScript({ '@type': 'Article', datePublished: '2024-01-01'.padEnd(100_000, '9') })).published).toBeNull();
  });
  it('does not take a javascript: canonical', () => {
    expect(run('<link rel="canonical" href="javascript:alert(1)">').canonicalUrl).toBe(URL);
  });
});
