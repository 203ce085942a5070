// The headline without the site name ("Title | The Hill") or a section prefix
// ("Defense - Title"), from og:title, JSON-LD headline, twitter:title, <title>, h1.
import type { Candidate } from './candidate';
import { cleanText } from './text';

// Spaced dashes/colons only: "Covid-19" and "10:30" are not separators.
const SEPARATOR = /\s+[|\-–—·•»~/:]\s+|\s*[|•»]\s*/g;

/** Letters and digits only, lower case: "The Hill" ~ "thehill". */
const squash = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '');

function isSiteLike(part: string, names: string[]): boolean {
  const p = squash(part);
  if (!p) return false;
  return names.some((n) => {
    const q = squash(n);
    if (q.length < 2) return false;
    if (p === q || p === `the${q}` || q === `the${p}`) return true;
    // "The Hill Times" vs "hill", "BBC News" vs "bbc": containment of a long enough name.
    return (q.length >= 3 && p.length <= q.length + 12 && p.includes(q)) || (p.length >= 4 && p.length * 2 >= q.length && q.includes(p));
  });
}

/** Removes site names (and the section) before or after a separator. */
export function stripSiteName(title: string, names: string[]): string {
  let t = title;
  for (let i = 0; i < 3; i++) {
    const seps = Array.from(t.matchAll(SEPARATOR));
    if (!seps.length) break;
    const last = seps[seps.length - 1];
    const lastStart = last.index ?? 0;
    if (isSiteLike(t.slice(lastStart + last[0].length), names)) {
      t = t.slice(0, lastStart).trim();
      continue;
    }
    const firstStart = seps[0].index ?? 0;
    if (isSiteLike(t.slice(0, firstStart), names)) {
      t = t.slice(firstStart + seps[0][0].length).trim();
      continue;
    }
    break;
  }
  return t || title;
}

export function pickTitle(cands: Candidate[], names: string[]): Candidate | null {
  for (const c of cands) {
    const text = cleanText(c.value);
    if (text) return { value: stripSiteName(text, names), source: c.source };
  }
  return null;
}
