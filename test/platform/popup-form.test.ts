import { describe, expect, it, vi } from 'vitest';
import { renderPost } from '../../src/core/front-matter';
import { describeCount } from '../../src/popup/counts';
import { fromInputValue, frontMatterFromForm, initialFormState, toInputValue } from '../../src/popup/field-values';
import { cleanFilename } from '../../src/popup/post';

// target.ts reaches the polyfill (through platform/tabs), which loads only in an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { tabIdFromQuery } = await import('../../src/popup/target');
import { HUGO_MAINROAD } from '../../src/settings/schema';

const frontMatter: Record<string, unknown> = {
  title: 'A "quoted" title',
  date: '2025-02-12 23:11:59',
  summary: 'Some words',
  categories: ['thehill'],
  lang: ['en'],
  translations: ['en'],
  tags: [],
  menu: '',
  thumbnail: '',
  lead: '',
  comments: false,
  authorbox: false,
  pager: true,
  toc: false,
  mathjax: false,
  sidebar: 'right',
  widgets: ['search', 'recent', 'taglist'],
};
const fields = HUGO_MAINROAD.fields;

describe('form round trip', () => {
  it('gives back the very same front matter for an unedited form', () => {
    const state = initialFormState(frontMatter, fields, 'a.md', 'Body');
    const back = frontMatterFromForm(frontMatter, fields, state);
    expect(back).toEqual(frontMatter);
    expect(renderPost(back, 'Body')).toBe(renderPost(frontMatter, 'Body'));
  });

  it('turns edits into the field type: lists to arrays, checkboxes to booleans', () => {
    const state = initialFormState(frontMatter, fields, 'a.md', 'Body');
    state.fields.tags = ' war, , Ukraine ';
    state.fields.toc = true;
    state.fields.title = 'New';
    const back = frontMatterFromForm(frontMatter, fields, state);
    expect(back.tags).toEqual(['war', 'Ukraine']);
    expect(back.toc).toBe(true);
    expect(back.title).toBe('New');
    expect(Object.keys(back)).toEqual(Object.keys(frontMatter));
  });

  it('keeps an unusual original value when its input is untouched', () => {
    expect(fromInputValue('text', '', null)).toBeNull();
    expect(fromInputValue('list', 'a, b', ['a', 'b'])).toEqual(['a', 'b']);
    expect(toInputValue('boolean', 'yes')).toBe(false);
  });
});

describe('small helpers', () => {
  it('reads ?tabId=', () => {
    expect(tabIdFromQuery('?tabId=42')).toBe(42);
    expect(tabIdFromQuery('?tabId=-1')).toBeUndefined();
    expect(tabIdFromQuery('?tabId=1e3')).toBeUndefined();
    expect(tabIdFromQuery('')).toBeUndefined();
  });
  it('cleans a typed file name', () => {
    expect(cleanFilename(' my post ')).toBe('my post.md');
    expect(cleanFilename('../a/b.md')).toBe('-a-b.md');
    expect(cleanFilename('')).toBe('post.md');
  });
  it('counts characters and words', () => {
    expect(describeCount('')).toBe('0 characters · 0 words');
    expect(describeCount('two words 👍')).toBe('11 characters · 3 words');
  });
});
