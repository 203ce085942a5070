// Every place a page states its publication / modification time, most specific first:
// JSON-LD of the article > article:* meta > itemprop > other meta > <time> > byline > URL.
import type { Candidate } from './candidate';
import type { JsonLd } from './json-ld';
import { stringsOf } from './json-ld';
import type { MetaTags } from './meta-tags';
import type { PageScope } from './page-scope';
import { byCloseness, closeness } from './page-scope';

const PUBLISHED_META = [
  'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'dc.date.created', 'dc.date',
  'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'pubdate', 'publishdate', 'publish-date',
  'publish_date', 'publication_date', 'published_date', 'date', 'article.published',
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
  /** Human-written dates (byline, URL): read in the page's zone, tried last. */
  text: Candidate[];
}

function jsonLdDates(ld: JsonLd, field: string): Candidate[] {
  const v = ld.field(field);
  return stringsOf(v).map((value) => ({ value, source: `JSON-LD ${field}` }));
}

function itemprop(doc: Document, scope: PageScope): { published: Candidate[]; modified: Candidate[] } {
  const published: Candidate[] = [];
  const modified: Candidate[] = [];
  const els = doc.querySelectorAll('[itemprop~="datePublished"]:not(meta), [itemprop~="dateModified"]:not(meta)');
  for (const el of byCloseness(scope, els)) {
    const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? el.textContent ?? '';
    const isPublished = /\bdatePublished\b/.test(el.getAttribute('itemprop') ?? '');
    const name = isPublished ? 'datePublished' : 'dateModified';
    (isPublished ? published : modified).push({ value, source: `itemprop ${name} <${el.localName}>` });
  }
  return { published, modified };
}

function timeElements(doc: Document, scope: PageScope): Candidate[] {
  const times = Array.from(doc.querySelectorAll('time'));
  // <time pubdate> is the HTML5-draft marker of the publication time.
  const ordered = [...times.filter((t) => t.hasAttribute('pubdate')), ...byCloseness(scope, times)];
  return ordered
    .filter((t) => closeness(scope, t) < 2 || t.hasAttribute('pubdate') || times.length === 1)
    .map((t) => ({ value: t.getAttribute('datetime') ?? t.textContent ?? '', source: '<time datetime>' }));
}

const DATE_CLASS = '[class*="date" i], [class*="byline" i], [class*="time" i], [class*="publish" i], [class*="posted" i], [id*="date" i], [id*="byline" i], [class*="dateline" i], [class*="meta" i]';

function bylineText(doc: Document, scope: PageScope): Candidate[] {
  const out: Candidate[] = [];
  for (const el of byCloseness(scope, doc.querySelectorAll(DATE_CLASS))) {
    if (el.localName === 'meta' || el.localName === 'script' || el.localName === 'style') continue;
    const text = el.textContent ?? '';
    // Containers hold dates of other items (comments, related stories).
    if (text.length > 250 || closeness(scope, el) === 2) continue;
    out.push({ value: text, source: 'byline text' });
    if (out.length >= 20) break;
  }
  return out;
}

export function collectDateSources(doc: Document, meta: MetaTags, ld: JsonLd, scope: PageScope): DateSources {
  const micro = itemprop(doc, scope);
  return {
    published: [
      ...jsonLdDates(ld, 'datePublished'),
      ...jsonLdDates(ld, 'dateCreated'),
      ...meta.all('article:published_time', 'og:article:published_time', 'og:published_time', 'article:published'),
      ...meta.all('datePublished'),
      ...micro.published,
      ...meta.all(...PUBLISHED_META),
      ...parselyPage(meta),
      ...timeElements(doc, scope),
      ...jsonLdDates(ld, 'uploadDate'),
    ],
    modified: [
      ...jsonLdDates(ld, 'dateModified'),
      ...meta.all('article:modified_time', 'og:article:modified_time', 'og:updated_time', 'article:modified'),
      ...meta.all('dateModified'),
      ...micro.modified,
      ...meta.all(...MODIFIED_META),
    ],
    text: bylineText(doc, scope),
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
