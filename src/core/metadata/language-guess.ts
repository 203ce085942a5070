// A last-resort language guess from the most common words of the page's paragraphs,
// for en, de, fr, es, it, pt, nl. Small lists are enough: they are the most frequent words.
export const STOP_WORDS: Record<string, string> = {
  en: 'the and of to in is that for it with was on as are be this by have from at not but they his her which',
  de: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden aus er hat dass sie nach wird bei',
  fr: 'le la les et des est un une du en que qui dans pour pas au sur avec il elle ce sont ne se plus par mais',
  es: 'el la los las y de que en un una es por con para no se del al lo como más pero sus le ha',
  it: 'il di che la e un una per non sono del della è in con si da gli le ma come anche',
  pt: 'o a os as de que e do da em um uma para com não se por mais dos das como mas ao foi',
  nl: 'de het een en van is dat op te in zijn niet met voor er aan ook als maar bij door om',
};
const LANGS = Object.keys(STOP_WORDS);
/** Each stop word → the languages (indexes in LANGS) listing it: one lookup per word, not one per language. */
const WORD_LANGS = new Map<string, number[]>();
const NONE: number[] = [];
LANGS.forEach((lang, i) => {
  for (const word of new Set(STOP_WORDS[lang].split(' '))) WORD_LANGS.set(word, [...(WORD_LANGS.get(word) ?? []), i]);
});

const MAX_PARAGRAPHS = 60;
const MAX_CHARS = 20_000;

/**
 * The first paragraphs' text, joined by spaces, cut at MAX_CHARS. By tag name, not by
 * selector (a selector engine pass in jsdom), and no more paragraphs read than the cut keeps.
 */
export function paragraphText(doc: Document): string {
  const paragraphs = doc.getElementsByTagName('p');
  let text = '';
  for (let i = 0, n = Math.min(paragraphs.length, MAX_PARAGRAPHS); i < n && text.length < MAX_CHARS; i++) {
    text += (i ? ' ' : '') + (paragraphs[i].textContent ?? '');
  }
  return text.slice(0, MAX_CHARS);
}

export function guessLanguage(doc: Document): string | null {
  const text = paragraphText(doc).toLowerCase();
  // Scripts that name their language: kana is Japanese, hangul Korean, other Han Chinese.
  // Their letters all lie past U+10FF: a text without any has none to count.
  const far = /[^\u0000-\u10ff]/.test(text);
  const kana = far ? text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0 : 0;
  const hangul = far ? text.match(/\p{Script=Hangul}/gu)?.length ?? 0 : 0;
  const han = far ? text.match(/\p{Script=Han}/gu)?.length ?? 0 : 0;
  if (kana >= 20) return 'ja';
  if (hangul >= 20) return 'ko';
  if (han >= 20) return 'zh';
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return null;
  const counts = LANGS.map(() => 0);
  for (const w of words) for (const i of WORD_LANGS.get(w) ?? NONE) counts[i]++;
  // The most hits; on a tie, the language listed first.
  let best: string | null = null;
  let bestCount = 0;
  counts.forEach((count, i) => {
    if (count > bestCount) [best, bestCount] = [LANGS[i], count];
  });
  // Too few hits: probably a language we do not know.
  return bestCount >= Math.max(5, words.length * 0.08) ? best : null;
}
