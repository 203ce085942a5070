// Which JSON-LD node describes the page, through extractMetadata.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/index';
import { ldScript, NOW, page } from './dom';

const URL = 'https://news.example/2025/story';
const teaser = { '@type': 'NewsArticle', headline: 'Other story', url: 'https://news.example/2025/other', author: { '@type': 'Person', name: 'Other Writer' } };
const story = (extra: Record<string, unknown>) => ({ '@type': 'NewsArticle', headline: 'This story', author: { '@type': 'Person', name: 'Ann Lee' }, ...extra });
const meta = (head: string) => extractMetadata(page(head, '', URL), URL, NOW);

describe('several articles at top level', () => {
  it('takes the article whose url is the page URL', () => {
    expect(meta(ldScript([teaser, story({ url: URL })])).title).toBe('This story');
  });
  it('takes the article whose mainEntityOfPage @id is the page URL', () => {
    expect(meta(ldScript([teaser, story({ mainEntityOfPage: { '@type': 'WebPage', '@id': URL } })])).authors).toEqual(['Ann Lee']);
  });
  it('matches the canonical URL without www and final slash', () => {
    const head = `<link rel="canonical" href="https://www.news.example/2025/canonical/">${ldScript([teaser, story({ url: 'https://news.example/2025/canonical' })])}`;
    expect(meta(head).title).toBe('This story');
  });
  it('knows the page by the address it is given, not the document\'s own (a snapshot parsed in the popup has the popup\'s)', () => {
    const snapshot = page(ldScript([teaser, story({ url: URL })]), '', 'chrome-extension://abc/popup.html');
    expect(extractMetadata(snapshot, URL, NOW).title).toBe('This story');
  });
  it('keeps document order when no article names the page', () => {
    expect(meta(ldScript([teaser, story({ url: 'https://news.example/2025/third' })])).title).toBe('Other story');
  });
});
