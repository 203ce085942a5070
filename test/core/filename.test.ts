import { describe, expect, it } from 'vitest';
import { makeFilename, slugify, transliterate, urlWords } from '../../src/core/filename';

describe('makeFilename', () => {
  it.each([
    ['Hegseth rules out NATO membership for Ukraine in peace deal with Russia', 'hegseth-rules-out-nato-membership-for-ukraine-in-peace-deal-with-russia.md'],
    ['Ærø: Straße über Köln', 'aero-strasse-uber-koln.md'],
    ['Ça va? Élysée — l’été', 'ca-va-elysee-lete.md'],
    ['Łódź & Kraków', 'lodz-and-krakow.md'],
    ['', 'clipped-article.md'],
    ['!!!', 'clipped-article.md'],
    ['日本語のタイトル', 'clipped-article.md'],
    ['CON', 'con-post.md'],
    ['nul', 'nul-post.md'],
    ['../../etc/passwd', 'etc-passwd.md'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j.md'],
    ['trailing dot.', 'trailing-dot.md'],
    ['tab\tand\nnewline\u0000null', 'tab-and-newline-null.md'],
  ])('%j → %s', (title, expected) => {
    expect(makeFilename(title, 80)).toBe(expected);
  });

  it('cuts at a word boundary within the limit', () => {
    const title = 'word '.repeat(40);
    const name = makeFilename(title, 80);
    expect(name.length).toBeLessThanOrEqual(83);
    expect(name).toMatch(/^(word-)*word\.md$/);
  });

  it.each([
    ['東京の天気', 'https://www.asahi.com/articles/ASP4X6JQ1P4XULFA00M.html', 'asp4x6jq1p4xulfa00m.md'],
    ['مرحبا', 'https://news.example.com/world/2025/02/12/peace-talks-resume/', 'peace-talks-resume.md'],
    ['日本', 'https://example.jp/12345/', 'example-jp-2025-02-12-23-11-59.md'],
  ])('a title without Latin letters (%s) falls back to the address %s', (title, url, expected) => {
    expect(makeFilename(title, 80, urlWords(url, '2025-02-12 23:11:59'))).toBe(expected);
  });

  it('cuts a single overlong word hard', () => {
    expect(makeFilename('x'.repeat(200), 80)).toBe(`${'x'.repeat(80)}.md`);
  });
});

describe('slugify and transliterate', () => {
  it('keeps ASCII digits and letters only', () => {
    expect(slugify('COVID-19: 2,000 new cases', 80)).toBe('covid-19-2-000-new-cases');
  });
  it('transliterates Latin accents', () => {
    expect(transliterate('àéîõüñç ÀÉÎÕÜÑÇ')).toBe('aeiounc AEIOUNC');
  });
});
