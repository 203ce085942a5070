import { describe, expect, it } from 'vitest';
import { buildVariables, formatUtc, renderField, renderTemplate } from '../../src/core/template';
import type { Metadata } from '../../src/core/types';

const meta: Metadata = {
  title: 'Title', published: '2025-02-12T18:11:59-05:00', modified: null, author: 'A B', authors: ['A B'],
  siteName: 'The Hill', siteShortName: 'thehill', section: null, keywords: ['x', 'y'], lang: 'en-US',
  canonicalUrl: 'https://thehill.com/a/', description: null, image: null, sources: {},
};
const now = new Date('2026-01-01T00:00:00Z');
const base = { metadata: meta, url: 'https://thehill.com/a/?utm_source=x', now, articleMarkdown: 'md', articleText: 'one two three', summaryWords: 2 };

describe('buildVariables', () => {
  it('gives the published time in UTC and the primary language subtag', () => {
    const v = buildVariables(base);
    expect(v.date).toBe('2025-02-12 23:11:59');
    expect(v.language).toBe('en');
    expect(v.summary).toBe('one two...');
    expect(v.keywords).toEqual(['x', 'y']);
  });

  it('falls back to the clip time, the page URL and the URL host', () => {
    const v = buildVariables({ ...base, metadata: { ...meta, published: null, canonicalUrl: null, siteShortName: null } });
    expect(v.date).toBe('2026-01-01 00:00:00');
    expect(v.canonicalUrl).toBe(base.url);
    expect(v.siteShortName).toBe('thehill');
  });

  it('ignores an unparsable published value', () => {
    expect(buildVariables({ ...base, metadata: { ...meta, published: 'garbage' } }).date).toBe('2026-01-01 00:00:00');
  });
});

describe('renderTemplate and renderField', () => {
  const vars = { title: 'T', keywords: ['a', 'b'], empty: '' };
  it.each([
    ['{{title}}', 'T'],
    ['[{{ title }}]', '[T]'],
    ['{{keywords}}', 'a, b'],
    ['{{unknown}}!', '!'],
    ['no placeholders', 'no placeholders'],
  ])('%s → %s', (tpl, expected) => expect(renderTemplate(tpl, vars)).toBe(expected));

  it('expands a list variable into list items and drops empty ones', () => {
    expect(renderField({ key: 'tags', type: 'list', value: ['{{keywords}}', 'fixed', '{{empty}}'] }, vars)).toEqual(['a', 'b', 'fixed']);
  });

  it('keeps booleans as booleans', () => {
    expect(renderField({ key: 'toc', type: 'boolean', value: false }, vars)).toBe(false);
    expect(renderField({ key: 'pager', type: 'boolean', value: true }, vars)).toBe(true);
  });

  it('formats UTC with zero padding', () => {
    expect(formatUtc(new Date('2024-03-04T05:06:07Z'))).toBe('2024-03-04 05:06:07');
  });
});
