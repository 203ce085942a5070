import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/index';
import { normalizeLang } from '../../../src/core/metadata/language';
import { zoneOfLocale } from '../../../src/core/metadata/locale-zone';
import { guessLanguage, paragraphText, STOP_WORDS } from '../../../src/core/metadata/language-guess';
import { ldScript, NOW, page } from './dom';

describe('normalizeLang', () => {
  it.each([
    ['en_US', 'en-US'],
    ['EN-us', 'en-US'],
    ['de', 'de'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['en, fr', 'en'],
    ['english please', null],
    ['', null],
  ])('%s → %s', (raw, want) => {
    expect(normalizeLang(raw)).toBe(want);
  });
});

const URL = 'https://x.example/a';
const lang = (head: string, body = '', attrs = '') => {
  const m = extractMetadata(page(head, body, URL, attrs), URL, NOW);
  return { lang: m.lang, source: m.sources.lang ?? null };
};
const para = (s: string) => `<p>${s}</p>`.repeat(4);

describe('language sources', () => {
  it.each([
    ['<html lang>', '', '', 'lang="en-US"', 'en-US', '<html lang>'],
    ['og:locale', '<meta property="og:locale" content="fr_FR">', '', '', 'fr-FR', 'meta og:locale'],
    ['JSON-LD inLanguage', ldScript({ '@type': 'Article', inLanguage: 'es' }), '', '', 'es', 'JSON-LD inLanguage'],
    ['Content-Language', '<meta http-equiv="Content-Language" content="nl">', '', '', 'nl', 'meta Content-Language'],
    ['"und" is no answer', '<meta property="og:locale" content="it_IT">', '', 'lang="und"', 'it-IT', 'meta og:locale'],
    ['guess: German', '', para('Der Hund und die Katze sind nicht in dem Haus, das auf dem Berg steht, auch wenn es regnet.'), '', 'de', 'text (common words)'],
    ['guess: English', '', para('The dog and the cat are not in the house that is on the hill, but they have been there.'), '', 'en', 'text (common words)'],
    ['guess: Japanese', '', para('これは日本語の文章です。ひらがなとカタカナが入っています。'), '', 'ja', 'text (common words)'],
  ])('%s', (_name, head, body, attrs, want, source) => {
    expect(lang(head, body, attrs)).toEqual({ lang: want, source });
  });
  it('gives no guess for too little text', () => {
    expect(lang('', '<p>Hello there</p>').lang).toBeNull();
  });
});

describe('zoneOfLocale', () => {
  const p = (mo: number, d: number) => ({ y: 2024, mo, d, h: 0, mi: 0, s: 0, offset: null });
  it.each([
    ['de', p(1, 15), 60],
    ['de-DE', p(7, 1), 120],
    ['de', p(3, 31), 120],
    ['de', p(3, 30), 60],
    ['ja', p(7, 1), 540],
    ['en-GB', p(7, 1), 60],
  ])('%s on %j → %i', (locale, parts, want) => {
    expect(zoneOfLocale(locale)?.(parts)).toBe(want);
  });
  it.each([['en'], ['es'], ['en-US'], [null]])('%s has no single zone', (locale) => {
    expect(zoneOfLocale(locale)).toBeNull();
  });
});

describe('language guess, the speed-ups give the plain answers', () => {
  // What guessLanguage read before: every <p> by selector, the first 60, joined, cut at 20,000.
  const plain = (doc: Document) => Array.from(doc.querySelectorAll('p')).slice(0, 60).map((p) => p.textContent ?? '').join(' ').slice(0, 20_000);

  it.each([
    ['no paragraphs', ''],
    ['a few', '<p>One two.</p><div><p>Three <b>four</b></p></div><P>five</P>'],
    ['more than 60', Array.from({ length: 80 }, (_, i) => `<p>paragraph ${i}</p>`).join('')],
    ['past the cut', Array.from({ length: 10 }, (_, i) => `<p>${String(i).repeat(2_500 + i)}</p>`).join('')],
    ['exactly at the cut', `<p>${'a'.repeat(19_999)}</p><p>b</p><p>c</p>`],
    ['svg text named p', '<p>x</p><svg><p>in svg</p></svg><p>y</p>'],
  ])('paragraphText reads what the selector read: %s', (_, body) => {
    const doc = page('', body);
    expect(paragraphText(doc)).toBe(plain(doc));
  });

  it('counts CJK letters only past U+10FF, so a text without such characters skips the counts', () => {
    for (const script of ['Hiragana', 'Katakana', 'Hangul', 'Han']) {
      const re = new RegExp(`\\p{Script=${script}}`, 'u');
      for (let c = 0; c <= 0x10ff; c++) expect(re.test(String.fromCodePoint(c)), `${script} U+${c.toString(16)}`).toBe(false);
    }
  });

  it('still guesses CJK and Latin languages', () => {
    const para = (s: string) => `<p>${s}</p>`.repeat(3);
    expect(guessLanguage(page('', para('これはテストの文章です。日本語のひらがなとカタカナ。')))).toBe('ja');
    expect(guessLanguage(page('', para('이것은 한국어 문장입니다 테스트')))).toBe('ko');
    expect(guessLanguage(page('', para('这是一个中文句子用于测试语言')))).toBe('zh');
    expect(guessLanguage(page('', para('The council and the mayor voted on the plan that is in the town, and it was for the people of the city.')))).toBe('en');
  });

  // The plain count: one pass over the words per language, the first language with the most hits.
  const plainGuess = (text: string): string | null => {
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (words.length < 20) return null;
    let best: string | null = null;
    let bestCount = 0;
    for (const [lang, list] of Object.entries(STOP_WORDS)) {
      const set = new Set(list.split(' '));
      const count = words.filter((w) => set.has(w)).length;
      if (count > bestCount) [best, bestCount] = [lang, count];
    }
    return bestCount >= Math.max(5, words.length * 0.08) ? best : null;
  };

  it('counts stop words per language as one pass per language did, ties included', () => {
    const all = Object.values(STOP_WORDS).join(' ').split(' ');
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 300; i++) {
      const n = 15 + (next() % 60);
      const words = Array.from({ length: n }, () => (next() % 3 ? all[next() % all.length] : `zz${next() % 50}`));
      const text = words.join(' ');
      expect(guessLanguage(page('', `<p>${text}</p>`)), text).toBe(plainGuess(text));
    }
    // Shared words ("de", "la", "en", "in") tie languages: the first listed wins.
    const tie = 'de la en in '.repeat(10);
    expect(guessLanguage(page('', `<p>${tie}</p>`))).toBe(plainGuess(tie));
  });
});
