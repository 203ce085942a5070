// The page language as a BCP 47 tag: <html lang>, og:locale, JSON-LD inLanguage,
// Content-Language, else a guess from common words of the text.
import type { Candidate } from './candidate';
import { guessLanguage } from './language-guess';

/** "en_US" → "en-US", "EN" → "en"; null when it is not a language tag. */
export function normalizeLang(raw: string): string | null {
  const first = raw.split(/[,;]/)[0].trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(first)) return null;
  const [lang, ...rest] = first.split('-');
  // Regions are upper case, scripts title case, as BCP 47 recommends.
  const tail = rest.map((p) => (p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p));
  return [lang.toLowerCase(), ...tail].join('-');
}

export function pickLanguage(cands: Candidate[], doc: Document): Candidate | null {
  for (const c of cands) {
    const lang = normalizeLang(c.value);
    // "und"/"x-default" and friends say nothing.
    if (lang && lang !== 'und' && !lang.startsWith('x-')) return { value: lang, source: c.source };
  }
  const guessed = guessLanguage(doc);
  return guessed ? { value: guessed, source: 'text (common words)' } : null;
}
