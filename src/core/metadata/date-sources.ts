// Every place a page states its publication / modification time, most specific first:
// JSON-LD of the article > article:* meta > itemprop > other meta > <time> > byline and
// text below (then just above) the headline > a bare "date" meta > dates in the text and title > URL >
// description.
import type { Candidate } from './candidate';
import type { JsonLd } from './json-ld';
import { stringsOf } from './json-ld';
import type { MetaTags } from './meta-tags';
import type { PageIndex } from './page-index';
import { byCloseness, closeness } from './page-index';

const PUBLISHED_META = [
  'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'dc.date.created', 'dc.date',
  'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'pubdate', 'publishdate', 'publish-date',
  'publish_date', 'publication_date', 'published_date', 'article.published',
  'article_date_original', 'original-publish-date', 'citation_publication_date', 'citation_date',
  'prism.publicationdate', 'created', 'displaydate', 'dc.created',
];
const MODIFIED_META = [
  'dcterms.modified', 'dc.date.modified', 'last-modified', 'lastmod', 'revised',
  'article.updated', 'http-equiv:last-modified',
];

export interface DateSources {
  published: Candidate[];
  modified: Candidate[];
  /** Dates written in elements named for dates or bylines: read in the page's zone. */
  bylines: Candidate[];
  weak: Candidate[];
  /** Other human-written dates (below the headline, in the text, in the title), tried last. */
  text: Candidate[];
  /** After the URL path too: "... (Notizia del 14 Gennaio 2020)". */
  description: Candidate[];
}

function jsonLdDates(ld: JsonLd, field: string): Candidate[] {
  const v = ld.field(field);
  return stringsOf(v).map((value) => ({ value, source: `JSON-LD ${field}` }));
}

function itemprop(scope: PageIndex): { published: Candidate[]; modified: Candidate[] } {
  const published: Candidate[] = [];
  const modified: Candidate[] = [];
  for (const el of byCloseness(scope, scope.itempropDates)) {
    const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? el.textContent ?? '';
    const isPublished = /\bdatePublished\b/.test(el.getAttribute('itemprop') ?? '');
    const name = isPublished ? 'datePublished' : 'dateModified';
    (isPublished ? published : modified).push({ value, source: `itemprop ${name} <${el.localName}>` });
  }
  return { published, modified };
}

function timeElements(scope: PageIndex): Candidate[] {
  const times = scope.times;
  // <time pubdate> is the HTML5-draft marker of the publication time.
  const ordered = [...times.filter((t) => t.hasAttribute('pubdate')), ...byCloseness(scope, times)];
  return ordered
    .filter((t) => closeness(scope, t) < 2 || t.hasAttribute('pubdate') || times.length === 1)
    .map((t) => ({ value: t.getAttribute('datetime') ?? t.textContent ?? '', source: '<time datetime>' }));
}

/** In the article's container, or close to its headline (a date line just above it counts). */
function nearArticle(scope: PageIndex, el: Element): boolean {
  if (scope.root && closeness(scope, el) === 0) return true;
  if (!scope.headline) return !scope.root;
  const distance = (scope.position.get(el) ?? Infinity) - (scope.position.get(scope.headline) ?? -Infinity);
  return scope.root ? distance >= -15 && distance <= 15 : Math.abs(distance) <= 50;
}

// A paragraph that opens with its date: "27.1.2022 - Bei der ...", "Lübeck, 31. März 2003 ...".
const OPENING_DATE = /^\s*(?:\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?,\s*)?\d/u;

function bylineText(scope: PageIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const el of byCloseness(scope, scope.dateLines)) {
    const text = el.textContent ?? '';
    // Containers hold dates of other items; outside the article's container, or far from
    // its headline, sit the dates of other stories (teasers, comments).
    if (text.length > 250 || !nearArticle(scope, el)) continue;
    out.push({ value: text, source: 'byline text' });
    if (out.length >= 20) break;
  }
  return out;
}

function belowHeadline(scope: PageIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const el of scope.nearHeadline) {
    const text = el.textContent ?? '';
    if (text.length <= 120) out.push({ value: text, source: 'text below the headline' });
    else if (OPENING_DATE.test(text)) out.push({ value: text.slice(0, 40), source: 'text below the headline' });
  }
  return out;
}

/**
 * A short date line set over the headline ("<p class=subline>21. Jan 2022 // Jane Doe</p>
 * <h1>..."): after the lines below it, which name the article's own date more often.
 */
function aboveHeadline(scope: PageIndex): Candidate[] {
  return scope.aboveHeadline
    .map((el) => el.textContent ?? '')
    .filter((text) => text.trim().length <= 80)
    .map((value) => ({ value, source: 'date line above the headline' }));
}

/** Last: a short text in the article that is mostly a date ("01.02.2022"). */
function writtenDates(scope: PageIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const el of byCloseness(scope, scope.datedLeaves)) {
    const text = el.textContent ?? '';
    if (nearArticle(scope, el) && text.replace(/[\d\s.:/,-]/g, '').length <= 30) out.push({ value: text, source: 'date in the article text' });
  }
  return out;
}

export function collectDateSources(meta: MetaTags, ld: JsonLd, scope: PageIndex, pageTitle: string | null = null): DateSources {
  const micro = itemprop(scope);
  return {
    published: [
      ...jsonLdDates(ld, 'datePublished'),
      ...jsonLdDates(ld, 'dateCreated'),
      ...meta.all('article:published_time', 'og:article:published_time', 'og:published_time', 'article:published'),
      ...meta.all('datePublished'),
      ...micro.published,
      ...meta.all(...PUBLISHED_META),
      ...parselyPage(meta),
      ...timeElements(scope),
      ...jsonLdDates(ld, 'uploadDate'),
    ],
    // A bare "date" meta is often when the page was generated or last changed: after the
    // dates written in the article's byline.
    weak: meta.all('date'),
    modified: [
      ...jsonLdDates(ld, 'dateModified'),
      ...meta.all('article:modified_time', 'og:article:modified_time', 'og:updated_time', 'article:modified'),
      ...meta.all('dateModified'),
      ...micro.modified,
      ...meta.all(...MODIFIED_META),
    ],
    bylines: [...bylineText(scope), ...belowHeadline(scope), ...aboveHeadline(scope)],
    // A date in the page title ("08.11.2021 - Headline") is a last hint before the URL.
    text: [...writtenDates(scope), ...meta.all('og:title'), ...(pageTitle ? [{ value: pageTitle, source: '<title>' }] : [])],
    description: meta.all('description', 'og:description'),
  };
}

/** parsely-page carries JSON with a pub_date field. */
function parselyPage(meta: MetaTags): Candidate[] {
  const c = meta.first('parsely-page');
  if (!c) return [];
  try {
    const v: unknown = JSON.parse(c.value);
    const date = typeof v === 'object' && v !== null ? (v as Record<string, unknown>).pub_date : undefined;
    return typeof date === 'string' ? [{ value: date, source: 'meta parsely-page pub_date' }] : [];
  } catch {
    return [];
  }
}
