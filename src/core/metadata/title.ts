// The headline without the site name ("Title | The Hill") or a section prefix
// ("Defense - Title"). The visible headline (<h1>) wins when it agrees with the declared
// titles (og:title, JSON-LD headline, twitter:title, <title>): social titles are often
// rewritten for sharing, while the page shows the real headline.
import type { Candidate } from './candidate';
import { cleanText } from './text';
import { byTags, childElements } from '../cleanup/by-tag';

// CJK titles join the site name without spaces ("...的城！-新华网", "..._网易").
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff01-\\uff60';
// Spaced dashes, "Site: " colons: "Covid-19" and "10:30" are not separators.
const SEPARATOR = new RegExp(`\\s+[|\\-–—·•»~/:]\\s+|:\\s+|\\s*[|│•»｜：]\\s*|_(?=[^_]*$)|(?<=[${CJK}])[-－](?=[${CJK}])`, 'gu');
const CJK_SUFFIX = new RegExp(`[${CJK}][-－_]([${CJK}]{2,10})$`, 'u');

/** A CJK title's unspaced suffix ("新华网" of "...城！-新华网"), to look for the site's name. */
export function cjkSuffix(title: string): string | null {
  return CJK_SUFFIX.exec(title.trim())?.[1] ?? null;
}

// "FASSETTE.NET", "Lebensmittelpraxis.de": a host name is a site's name.
const HOST = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|de|at|ch|fr|it|es|nl|be|uk|co\.uk|eu|io)$/iu;

/** Letters and digits only, lower case, accents dropped: "The Hill" ~ "thehill". */
export const squash = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '');

function isSiteLike(part: string, names: string[]): boolean {
  const p = squash(part);
  if (!p) return false;
  if (HOST.test(part.trim())) return true;
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
      // A doubled separator leaves its first half behind ("Title :: PIXNET ::" → "Title :").
      t = t.slice(0, lastStart).replace(/\s+[:|]$/, '').trim();
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

function stripSiteSuffix(title: string, names: string[]): string {
  const seps = Array.from(title.matchAll(SEPARATOR));
  const last = seps[seps.length - 1];
  if (!last || !isSiteLike(title.slice((last.index ?? 0) + last[0].length), names)) return title;
  return title.slice(0, last.index).trim() || title;
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Share of the heading's words found in the declared title; a word that starts the
 * other's counts ("nachhaltig" ~ "nachhaltiger": inflections).
 */
function agreement(heading: string, declared: string): number {
  const h = words(heading);
  const d = words(declared);
  const exact = new Set(d);
  if (!h.length) return 0;
  const same = (w: string): boolean => exact.has(w) || (w.length >= 5 && d.some((x) => x.length >= 5 && (x.startsWith(w) || w.startsWith(x))));
  return h.filter(same).length / h.length;
}

// The site's name set as a heading (WordPress themes: <h1 id="site-title">).
const SITE_TITLE = /site[-_]?(?:title|name)|logo|brand/i;

function isSiteHeading(el: Element | undefined): boolean {
  return !!el && SITE_TITLE.test(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`);
}

export interface Heading extends Candidate {
  /** The heading element, to see its parts (a kicker span, a section link). */
  el?: Element;
  /** The <h1> of the article's container (<article>, <main>): its headline as shown. */
  main?: boolean;
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
    if (byTags(el, ['*']).some((part) => squash(part.textContent ?? '') === rest)) return { value: title, source: t.source };
  }
  // "<h1><span>Kicker</span><span>Headline</span></h1>" declared as "Headline - Kicker":
  // the last part, when a declared title holds every part.
  const parts = childElements(el).map((c) => ({ el: c, key: squash(c.textContent ?? '') })).filter((p) => p.key);
  const last = parts[parts.length - 1];
  if (parts.length < 2 || parts.map((p) => p.key).join('') !== h || last.key.length < 10) return null;
  const holder = titles.find((t) => parts.every((p) => squash(t.value).includes(p.key)));
  const value = holder ? cleanText(last.el.textContent ?? '') : null;
  return value ? { value, source: `<${el.localName}>` } : null;
}

/**
 * A heading that opens with a kicker element ("<h1><span class=kicker>Genetik</span>
 * Das Geheimnis ...</h1>") declared as "Genetik: Das Geheimnis ...": the part after it.
 */
function withoutKicker(el: Element | undefined, titles: Candidate[]): string | null {
  const kicker = el?.firstElementChild;
  if (!el || !kicker || !kicker.hasAttribute('class')) return null;
  for (let n = el.firstChild; n && n !== kicker; n = n.nextSibling) if ((n.textContent ?? '').trim()) return null;
  const k = cleanText(kicker.textContent ?? '');
  const full = cleanText(el.textContent ?? '');
  if (!k || !full || words(k).length > 6 || !full.startsWith(k)) return null;
  const rest = cleanText(full.slice(k.length).replace(/^[\s:|–—-]+/, ''));
  if (!rest || words(rest).length < 3) return null;
  // The declared title must keep them apart with a separator.
  const apart = titles.some((t) => {
    const i = t.value.indexOf(k);
    const j = i === -1 ? -1 : t.value.indexOf(rest, i + k.length);
    return j !== -1 && /^\s*[:|–—-]\s*$/.test(t.value.slice(i + k.length, j));
  });
  return apart ? rest : null;
}

/** The last segment of the URL's path without its extension, squashed ("" without one). */
function urlSlug(url: string): string {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return '';
  }
  const last = path.split('/').filter(Boolean).pop() ?? '';
  return squash(last.replace(/\.\w{2,5}$/, ''));
}

/**
 * The headline among a <title>'s segments ("Site - Headline - Section - Module"): the
 * segment the page's description repeats whole, else the longest run of segments the page
 * shows as an element's whole text ("Kenya: Talks resume" of "Wire Service - Kenya: Talks
 * resume - World", a headline set without <h1>). `shown`: squashed texts of the
 * page's headings and title-like elements, asked for only when the title has segments.
 */
function segmentShown(title: string, description: string | null, shown: () => Set<string>): string {
  const seps = Array.from(title.matchAll(SEPARATOR));
  if (!seps.length) return title;
  const d = description && squash(description);
  const described = d ? title.split(SEPARATOR).find((p) => words(p).length >= 3 && squash(p) === d) : undefined;
  if (described) return described.trim();
  const starts = [0, ...seps.map((m) => (m.index ?? 0) + m[0].length)];
  const ends = [...seps.map((m) => m.index ?? 0), title.length];
  const runs: string[] = [];
  for (let i = 0; i < starts.length; i++) {
    for (let j = i; j < ends.length; j++) {
      const run = title.slice(starts[i], ends[j]).trim();
      if ((i > 0 || j < ends.length - 1) && words(run).length >= 3) runs.push(run);
    }
  }
  if (!runs.length) return title;
  const texts = shown();
  return runs.sort((a, b) => b.length - a.length).find((r) => texts.has(squash(r))) ?? title;
}

export interface TitleHints {
  /** The <h2> after an empty <h1>, asked for only when nothing but the site's name names the page. */
  subheading?: () => Heading | null;
  /** The page's description. */
  description?: string | null;
  /** Squashed texts of the page's headings and title-like elements (see segmentShown). */
  shownTexts?: () => Set<string>;
}

/**
 * `declared`: og:title, JSON-LD headline, twitter:title, <title> in that order;
 * `headings`: the page's headline element(s); `names`: site name, short name, section;
 * `url`: the page's address; `hints`: more of the page, for titles that name little else.
 */
export function pickTitle(declared: Candidate[], headings: Heading[], names: string[], url = '', hints: TitleHints = {}): Candidate | null {
  const { subheading = () => null, description = null, shownTexts = () => new Set<string>() } = hints;
  const slug = urlSlug(url);
  const titles = declared
    .map((c) => ({ value: cleanText(c.value), source: c.source }))
    .filter((c): c is Candidate => c.value !== null);
  for (const h of headings) {
    const raw = cleanText(h.value);
    if (!raw || raw.length > 300 || isSiteLike(raw, names) || isSiteHeading(h.el)) continue;
    // Some headings end with the site name ("Title | FASSETTE.NET"); a prefix stays
    // ("Best of Houzz 2022: ..." is the headline).
    const text = stripSiteSuffix(raw, names);
    const bare = withoutKicker(h.el, titles);
    if (bare) return { value: bare, source: h.source };
    // Same text as a declared title: credit the declared source (it says more).
    const same = titles.find((t) => stripSiteName(t.value, names) === text);
    if (same) return { value: text, source: same.source };
    const inside = titleBesideKicker(text, h.el, titles, names);
    if (inside) return inside;
    // "Chorgeschichte" for "Geschichte - St. Georgs Chorknaben": the heading says it in full.
    const agrees = titles.some((t) => {
      const d = squash(stripSiteName(t.value, names));
      const h = squash(text);
      return agreement(text, t.value) >= 0.6 || (d.length >= 6 && h.length > d.length && h.includes(d));
    });
    // The page's address spells the heading ("/essenwestviertel.htm" for "Essen-Westviertel")
    // while the declared title is the site's own, the same on every page.
    const named = slug.length >= 8 && squash(text) === slug;
    // Without declared titles to compare, a headline of a few words is still a title.
    if (agrees || named || (!titles.length && words(text).length >= 3)) return { value: text, source: h.source };
  }
  // Declared titles rewritten for sharing ("13 Ways To ...") while the article shows its own
  // headline: the article's <h1> when it reads as a headline.
  const main = headings.find((h) => h.main);
  const shown = main && cleanText(main.value);
  if (main && shown && shown.length <= 200 && words(shown).length >= 4 && !isSiteLike(shown, names)) return { value: shown, source: main.source };
  const first = titles[0];
  const chosen = first ? { value: segmentShown(stripSiteName(first.value, names), description, first.source === '<title>' ? shownTexts : () => new Set()), source: first.source } : null;
  // A declared title naming only the site ("National Rail Enquiries -") on a page whose <h1>
  // is empty (an image or a script fills it): the heading after it.
  if (chosen && isSiteLike(chosen.value.replace(/[\s|:·•»~/–—-]+$/u, ''), names)) {
    const sub = subheading();
    const text = sub && cleanText(sub.value);
    if (sub && text && text.length <= 200 && words(text).length >= 2 && !isSiteLike(text, names)) return { value: text, source: sub.source };
  }
  return chosen;
}
