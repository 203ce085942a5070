import { describe, expect, it, vi } from 'vitest';
import { describeFieldSource } from '../../src/popup/field-sources';

// draft.ts reaches the polyfill (through platform/storage), which loads only in an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { draftKey, isDraft } = await import('../../src/popup/draft');

const draft = {
  url: 'https://a.example/x',
  tabId: 3,
  frontMatter: { title: 'T' },
  sources: { title: 'meta og:title' },
  state: { fields: { title: 'T', pager: true }, filename: 't.md', body: 'B' },
  savedAt: 1,
};

describe('drafts', () => {
  it('keys by tab and URL', () => expect(draftKey(3, 'https://a.example/x')).toBe('draft:3:https://a.example/x'));
  it('accepts a well-formed draft', () => expect(isDraft(draft)).toBe(true));
  it.each([
    ['no state', { ...draft, state: undefined }],
    ['a field of the wrong type', { ...draft, state: { ...draft.state, fields: { title: 3 } } }],
    ['a string tab id', { ...draft, tabId: '3' }],
    ['front matter as an array', { ...draft, frontMatter: [] }],
  ])('ignores a draft with %s', (_, value) => expect(isDraft(value)).toBe(false));
});

describe('describeFieldSource', () => {
  it('names the metadata source behind a field', () => {
    expect(describeFieldSource({ key: 'date', type: 'datetime', value: '{{date}}' }, { published: 'JSON-LD datePublished' })).toBe(
      'published: JSON-LD datePublished',
    );
  });
  it('says when a value was not found', () => {
    expect(describeFieldSource({ key: 'tags', type: 'list', value: ['{{keywords}}'] }, {})).toBe('keywords: not found on the page');
  });
  it('is empty for fixed values', () => expect(describeFieldSource({ key: 'sidebar', type: 'text', value: 'right' }, {})).toBe(''));
});
