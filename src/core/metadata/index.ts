// Page metadata (title, dates, authors, site, language, ...) merged from the page's
// sources, each value with the human-readable source it came from. Pure: reads only
// `doc` (never mutated), `url` and `now`.
import type { Metadata, SourceMap } from '../types';
import { siteShortName } from '../site-short-name';
import { pickAuthors } from './authors';
import { namesAfterCjkLabel } from './cjk-byline';
import { pickCanonicalUrl } from './canonical-url';
import type { Candidate } from './candidate';
import { collectDateSources } from './date-sources';
import { pickDates } from './dates';
import { pickImage } from './image';
import { JsonLd, stringsOf } from './json-ld';
import { labelledDates } from './labelled-date';
import { pickLanguage } from './language';
import { zoneOfLocale } from './locale-zone';
import { MetaTags } from './meta-tags';
import { indexPage } from './page-index';
import { cleanText, splitList } from './text';
import { homeLinkNames } from './home-links';
import { cjkSuffix, pickTitle } from './title';
import { titleHints } from './title-hints';

const fromLd = (ld: JsonLd, field: string, key = 'name'): Candidate[] =>
  stringsOf(ld.field(field), key).map((value) => ({ value, source: `JSON-LD ${field}` }));

/** The first candidate with non-empty text. */
function firstText(cands: Candidate[]): Candidate | null {
  for (const c of cands) {
    const value = cleanText(c.value);
    if (value) return { value, source: c.source };
  }
  return null;
}

/** Keywords from the first source that has any (sources disagree on granularity). */
function firstList(groups: Candidate[][]): { values: string[]; source: string } | null {
  for (const group of groups) {
    const values = splitList(group.map((c) => c.value));
    if (values.length) return { values, source: group[0].source };
  }
  return null;
}

export function extractMetadata(doc: Document, url: string, now: Date): Metadata {
  // One walk over the document finds every element the sources read.
  let meta = new MetaTags([]);
  const scope = indexPage(doc, (found) => {
    meta = new MetaTags(found.metas);
    return meta.first('og:title')?.value ?? found.title?.textContent ?? null;
  });
  const canonicalLinks = scope.links.filter((l) => hasRel(l, 'canonical'));
  const ld = new JsonLd(doc, scope.ldScripts, canonicalLinks[0]?.getAttribute('href') ?? null, url);
  const sources: SourceMap = {};
  const take = <K extends keyof SourceMap>(key: K, c: Candidate | null): string | null => {
    if (c) sources[key] = c.source;
    return c ? c.value : null;
  };

  // Some CMSs fill application-name with the page's title: that is no site name. (A short
  // <title> may be the site's name itself: "Quanta Magazine".)
  const titleText = cleanText(scope.title?.textContent);
  const pageTitles = new Set([cleanText(meta.first('og:title')?.value), titleText && titleText.split(' ').length >= 5 ? titleText : null]);
  const siteName = take('siteName', firstText([
    ...meta.all('og:site_name'),
    ...(ld.siteName() ? [{ value: ld.siteName() as string, source: 'JSON-LD publisher' }] : []),
    ...meta.all('application-name', 'apple-mobile-web-app-title'),
  ].filter((c) => { const v = cleanText(c.value); return !v || !pageTitles.has(v); })));

  const canonicalUrl = take('canonicalUrl', pickCanonicalUrl([
    ...canonicalLinks.map((l) => ({ value: l.getAttribute('href') ?? '', source: 'link rel=canonical' })),
    ...meta.all('og:url'),
  ], url));
  const shortName = siteShortName(canonicalUrl) ?? siteShortName(url);
  if (shortName) sources.siteShortName = canonicalUrl ? `host of ${sources.canonicalUrl}` : 'host of page URL';

  const section = take('section', firstText([...meta.all('article:section'), ...fromLd(ld, 'articleSection').slice(0, 1), ...meta.all('parsely-section')]));

  const names = [siteName, shortName, section].filter((n): n is string => !!n);
  const titleEl = scope.title;
  const headings = [scope.headline, ...scope.h1s]
    .filter((h, i, all): h is Element => !!h && all.indexOf(h) === i)
    .map((h) => ({ value: h.textContent ?? '', source: `<${h.localName}>`, el: h, main: h === scope.headline && h.localName === 'h1' && !!scope.root?.contains(h) }));
  const declaredTitles = [
    ...meta.all('og:title'),
    ...fromLd(ld, 'headline'),
    ...meta.all('twitter:title'),
    ...(titleEl ? [{ value: titleEl.textContent ?? '', source: '<title>' }] : []),
  ];
  // "...城！-新华网" with no site name declared: the links to the home page may name it
  // (looked for only then: it scans the page's links).
  const homeNames = !siteName && declaredTitles.some((t) => cjkSuffix(t.value)) ? homeLinkNames(doc, canonicalUrl ?? url) : [];
  const title = take('title', pickTitle(declaredTitles, headings, [...names, ...homeNames], canonicalUrl ?? url, titleHints(doc, scope, meta.first('description', 'og:description')?.value ?? null)));

  const lang = take('lang', pickLanguage([
    { value: doc.documentElement.getAttribute('lang') ?? '', source: '<html lang>' },
    { value: doc.documentElement.getAttribute('xml:lang') ?? '', source: '<html xml:lang>' },
    ...meta.all('og:locale'),
    ...fromLd(ld, 'inLanguage'),
    ...meta.all('http-equiv:content-language', 'language', 'dc.language'),
  ], doc));

  const urls = canonicalUrl && canonicalUrl !== url ? [url, canonicalUrl] : [url];
  const dates = pickDates(collectDateSources(meta, ld, scope, titleEl?.textContent ?? null), urls, now, zoneOfLocale(lang, canonicalUrl ?? url), () => labelledDates(doc));
  if (dates.published) sources.published = dates.published.source;
  if (dates.modified) sources.modified = dates.modified.source;

  const publishers = [siteName, shortName, ld.siteName()].filter((n): n is string => !!n);
  // Only Chinese and Japanese pages write "作者：" bylines.
  const cjk = /^(?:zh|ja)\b/i.test(lang ?? '');
  const authors = pickAuthors(meta, ld, scope, publishers, () => (cjk ? namesAfterCjkLabel(doc) : []));
  if (authors.source) sources.authors = sources.author = authors.source;

  const keywords = firstList([
    meta.all('article:tag'), fromLd(ld, 'keywords'), meta.all('news_keywords'), meta.all('keywords'), meta.all('parsely-tags'),
  ]);
  if (keywords) sources.keywords = keywords.source;


  const description = take('description', firstText([...meta.all('description', 'og:description'), ...fromLd(ld, 'description'), ...meta.all('twitter:description')]));

  // Relative image URLs resolve against <base href> when the page declares one.
  const base = scope.base?.getAttribute('href');
  const imageLinks = scope.links.filter((l) => hasRel(l, 'image_src'));
  const image = take('image', pickImage(imageLinks, meta, ld, (base && safeUrl(base, url)) || url));

  return {
    title,
    published: dates.published?.iso ?? null,
    modified: dates.modified?.iso ?? null,
    author: authors.names.length ? authors.names.join(', ') : null,
    authors: authors.names,
    siteName,
    siteShortName: shortName,
    section,
    keywords: keywords?.values ?? [],
    lang,
    canonicalUrl,
    description,
    image,
    sources,
  };
}

/** rel="canonical", rel="Image_Src author": one of the link's space-separated relations. */
function hasRel(link: Element, rel: string): boolean {
  return (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes(rel);
}

function safeUrl(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}
