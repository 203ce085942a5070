// A date line that ends with the writer's name, right above or below the headline:
// "04.02.2022 | 13:10 Uhr | Uta Helkenberg", "21. Jan 2022 // Dominik Ricker".
import { authorNames } from './author-names';
import { findDateInText } from './date-text';
import type { PageIndex } from './page-index';
import { cleanText } from './text';

const PART = /\s*(?:\||\/\/|[·•]|\s[–—-]\s)\s*/;
const TIME = /^\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|[ap]\.?m\.?))?$/i;
// What a date part may hold besides the date: digits, month words, dots and commas.
const DATE_ONLY = /^[\p{L}\d\s.,]{4,30}$/u;

/** The name(s) after the date (and time) of a short line next to the headline. */
export function namesAfterDate(scope: PageIndex): string[] {
  const lines = [...scope.aboveHeadline.slice(-3), ...scope.nearHeadline.slice(0, 10)];
  for (const el of lines) {
    if (el.firstElementChild) continue;
    const text = cleanText(el.textContent);
    if (!text || text.length > 80) continue;
    const parts = text.split(PART).filter(Boolean);
    if (parts.length < 2 || !DATE_ONLY.test(parts[0]) || !findDateInText(parts[0])) continue;
    const rest = parts.slice(1);
    while (rest.length > 1 && TIME.test(rest[0])) rest.shift();
    if (rest.length !== 1) continue;
    const names = authorNames(rest[0], true, false);
    // The whole part must be the name(s): "Lesezeit 3 Minuten" is none.
    const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}]/gu, '');
    if (names.length && squash(names.join('')) === squash(rest[0].replace(/^(?:by|von)\s+/i, '').replace(/\s(?:and|und|&)\s/gi, ''))) return names;
  }
  return [];
}
