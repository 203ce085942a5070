// The headline without the site name ("Title | The Hill") or a section prefix
// ("Defense - Title"). The visible headline (<h1>) wins when it agrees with the declared
// titles (og:title, JSON-LD headline, twitter:title, <title>): social titles are often
// rewritten for sharing, while the page shows the real headline.
import type { Candidate } from './candidate';
import { cleanText } from './text';

// Spaced dashes, "Site: " colons: "Covid-19" and "10:30" are not separators.
const SEPARATOR = /\s+[|\-–—·•»~/:]\s+|:\s+|\s*[|•»｜：]\s*|_(?=[^_]*$)/g;

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

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of the heading's words found in the declared title. */
function agreement(heading: string, declared: string): number {
  const h = words(heading);
  const d = new Set(words(declared));
  if (!h.length) return 0;
  return h.filter((w) => d.has(w)).length / h.length;
}

export interface Heading extends Candidate {
  /** The heading element, to see its parts (a kicker span, a section link). */
  el?: Element;
}

/**
 * A declared title inside a heading that also holds a kicker, section link or date as a
 * separate element ("<h1><span>Kicker</span> <span>Headline</span></h1>" reads as
 * "Kicker Headline"): the declared title, when the heading ends with it and the part
 * before is exactly the text of one of its elements. A kicker in the same text node ("Breaking: ...") stays.
 */
function titleBesideKicker(heading: string, el: Element | undefined, titles: Candidate[], names: string[]): Candidate | null {
  if (!el || !el.firstElementChild) return null;
  const h = squash(heading);
  for (const t of titles) {
    const title = stripSiteName(t.value, names);
    const q = squash(title);
    // Only a part before the title: a part after it is a subline of the headline itself.
    if (q.length < 10 || q === h || !h.endsWith(q)) continue;
    const rest = h.slice(0, h.length - q.length);
    if (Array.from(el.querySelectorAll('*')).some((part) => squash(part.textContent ?? '') === rest)) return { value: title, source: t.source };
  }
  // "<h1><span>Kicker</span><span>Headline</span></h1>" declared as "Headline - Kicker":
  // the last part, when a declared title holds every part.
  const parts = Array.from(el.children).map((c) => ({ el: c, key: squash(c.textContent ?? '') })).filter((p) => p.key);
  const last = parts[parts.length - 1];
  if (parts.length < 2 || parts.map((p) => p.key).join('') !== h || last.key.length < 10) return null;
  const holder = titles.find((t) => parts.every((p) => squash(t.value).includes(p.key)));
  const value = holder ? cleanText(last.el.textContent ?? '') : null;
  return value ? { value, source: `<${el.localName}>` } : null;
}

/**
 * `declared`: og:title, JSON-LD headline, twitter:title, <title> in that order;
 * `headings`: the page's headline element(s); `names`: site name, short name, section.
 */
export function pickTitle(declared: Candidate[], headings: Heading[], names: string[]): Candidate | null {
  const titles = declared
    .map((c) => ({ value: cleanText(c.value), source: c.source }))
    .filter((c): c is Candidate => c.value !== null);
  for (const h of headings) {
    const text = cleanText(h.value);
    if (!text || text.length > 300 || isSiteLike(text, names)) continue;
    // Same text as a declared title: credit the declared source (it says more).
    const same = titles.find((t) => stripSiteName(t.value, names) === text);
    if (same) return { value: text, source: same.source };
    const inside = titleBesideKicker(text, h.el, titles, names);
    if (inside) return inside;
    const agrees = titles.some((t) => agreement(text, t.value) >= 0.6);
    // Without declared titles to compare, a headline of a few words is still a title.
    if (agrees || (!titles.length && words(text).length >= 3)) return { value: text, source: h.source };
  }
  const first = titles[0];
  return first ? { value: stripSiteName(first.value, names), source: first.source } : null;
}
