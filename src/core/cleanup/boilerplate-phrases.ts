// Phrase lists (data, in boilerplate-phrases.json) → one matcher for short blocks.
import phrases from './boilerplate-phrases.json';

type Lists = Record<string, string[]>;

const flatten = (lists: Lists) => Object.values(lists).flat().map((p) => p.toLowerCase());

export const START_PHRASES = flatten(phrases.start as Lists);
export const CONTAINS_PHRASES = flatten(phrases.contains as Lists);

/** Longest text, in words, that a phrase match may remove: longer blocks are article text. */
export const MAX_BOILERPLATE_WORDS = 40;
/** A block starting with a phrase is a teaser line only when it is short. */
const MAX_START_WORDS = 25;
/** A lone word ("Comments", "Anzeige") is a label only when little follows it. */
const MAX_LABEL_WORDS = 5;

/** The phrase that marks this short text as boilerplate, or null. */
export function boilerplatePhrase(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!t) return null;
  const words = t.split(' ').length;
  if (words > MAX_BOILERPLATE_WORDS) return null;
  for (const p of START_PHRASES) {
    if (words > (p.includes(' ') || p.endsWith(':') ? MAX_START_WORDS : MAX_LABEL_WORDS)) continue;
    // The phrase must end at a word boundary: "recommended" yes, "recommendedations" no.
    if (t.startsWith(p) && (t.length === p.length || !/[\p{L}\p{N}]/u.test(t[p.length]) || !/[\p{L}\p{N}]$/u.test(p))) return p;
  }
  for (const p of CONTAINS_PHRASES) if (t.includes(p)) return p;
  if (/^©|^\(c\)\s*\d{4}|^copyright\b/.test(t)) return 'copyright';
  return null;
}
