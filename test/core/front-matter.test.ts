import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { cleanScalar, renderPost, serializeFrontMatter } from '../../src/core/front-matter';
import { buildFrontMatter } from '../../src/core/build-front-matter';
import { HUGO_MAINROAD } from '../../src/settings/schema';

describe('serializeFrontMatter', () => {
  it('writes the Mainroad style: double quotes, bare booleans, block lists', () => {
    expect(serializeFrontMatter({ title: 'A', comments: false, widgets: ['search', 'recent'] })).toBe(
      'title: "A"\ncomments: false\nwidgets:\n  - "search"\n  - "recent"\n',
    );
  });

  it.each([
    'He said "no" \\ then left',
    'C:\\Users\\path',
    'key: value # not a comment',
    '- leading dash',
    '@handle and `code`',
    '---',
    '{{< shortcode >}}',
    'yes',
    'null',
    '0x10',
    '1e3',
    '🚀 émoji ok',
    'مرحبا بالعالم',
    'x'.repeat(2000),
  ])('round-trips %j through js-yaml', (title) => {
    const text = serializeFrontMatter({ title });
    expect(yaml.load(text)).toEqual({ title });
  });

  it('drops control characters and folds newlines and tabs', () => {
    expect(cleanScalar('a\u0000b\u0007c\nd\te\u2028f')).toBe('abc d ef');
    expect(yaml.load(serializeFrontMatter({ t: 'x\u001by\r\nz' }))).toEqual({ t: 'xy z' });
  });

  it('never wraps long lines', () => {
    const text = serializeFrontMatter({ summary: 'word '.repeat(100).trim() });
    expect(text.split('\n')).toHaveLength(2);
  });
});

describe('buildFrontMatter', () => {
  it('follows the profile order and types', () => {
    const fm = buildFrontMatter(HUGO_MAINROAD, {
      title: 'T', date: '2025-02-12 23:11:59', summary: 'S', siteShortName: 'thehill', language: 'en',
    });
    expect(Object.keys(fm)).toEqual(HUGO_MAINROAD.fields.map((f) => f.key));
    expect(fm).toMatchObject({ title: 'T', categories: ['thehill'], lang: ['en'], comments: false, pager: true, widgets: ['search', 'recent', 'taglist'], menu: '' });
  });

  it('drops empty list items instead of writing ""', () => {
    const fm = buildFrontMatter(HUGO_MAINROAD, { title: 'T', siteShortName: '', language: '' });
    expect(fm.categories).toEqual([]);
  });
});

describe('renderPost', () => {
  it('is front matter, a blank line, the body and one newline', () => {
    expect(renderPost({ title: 'T' }, '\nBody  \r\ntext\n\n\n')).toBe('---\ntitle: "T"\n---\n\nBody\ntext\n');
  });
});
