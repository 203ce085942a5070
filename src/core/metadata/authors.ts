// Authors from, in order: JSON-LD author, author meta tags, itemprop=author,
// rel=author links, byline elements. The first source that yields a name wins.
import type { JsonLd } from './json-ld';
import { isObject, nameOf } from './json-ld';
import type { MetaTags } from './meta-tags';
import type { PageIndex } from './page-index';
import { byCloseness, closeness, inBoilerplate } from './page-index';
import { authorNames, uniqueNames } from './author-names';

export interface PickedAuthors {
  names: string[];
  source: string | null;
}

function fromJsonLd(ld: JsonLd): string[] {
  const v = ld.field('author') ?? ld.field('creator');
  const list = Array.isArray(v) ? v : [v];
  return list.flatMap((item) => {
    const resolved = ld.resolve(item);
    const name = nameOf(resolved) ?? (isObject(resolved) && typeof resolved.alternateName === 'string' ? resolved.alternateName : null);
    return name ? authorNames(name) : [];
  });
}

function textOf(el: Element): string {
  const named = el.querySelector('[itemprop~="name"]');
  return named?.getAttribute('content') ?? named?.textContent ?? el.getAttribute('content') ?? el.textContent ?? '';
}

/**
 * Names from the first element that has some; with `all`, from every element (each
 * link of "<a rel=author>Jane</a> and <a rel=author>John</a>" is one author).
 */
function fromElements(els: Element[], scope: PageIndex, strict: boolean, all = false): string[] {
  const out: string[] = [];
  for (const el of byCloseness(scope, els)) {
    // Comment authors and "more from" boxes are not the article's byline.
    if (inBoilerplate(el)) continue;
    if (strict && closeness(scope, el) === 2 && (scope.root || scope.headline)) continue;
    const text = textOf(el);
    if (text.length > 300) continue;
    const names = authorNames(text, strict);
    if (names.length && !all) return names;
    out.push(...names);
    if (out.length >= 10) break;
  }
  return out;
}

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** "Condé Nast", "ABC News", "finanztreff.de": the publisher credited instead of a person. */
function isPublisher(name: string, publishers: string[]): boolean {
  const n = squash(name);
  return /\.[a-z]{2,}$/i.test(name) || publishers.some((p) => {
    const q = squash(p);
    return q.length >= 3 && (n === q || n.includes(q) || q.includes(n));
  });
}

/** `publishers`: site name, short name, publisher: names that are no person's byline. */
export function pickAuthors(meta: MetaTags, ld: JsonLd, scope: PageIndex, publishers: string[] = []): PickedAuthors {
  const tries: [string, () => string[]][] = [
    ['JSON-LD author', () => fromJsonLd(ld)],
    ...['article:author', 'author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'byl', 'og:article:author', 'citation_author'].map(
      (key): [string, () => string[]] => [`meta ${key}`, () => meta.all(key).flatMap((c) => authorNames(c.value))],
    ),
    ['itemprop author', () => fromElements(scope.itempropAuthors, scope, false, true)],
    ['rel=author link', () => fromElements(scope.relAuthors, scope, true, true)],
    ['byline element', () => fromElements(scope.bylines, scope, true)],
    ['author page link', () => fromElements(scope.authorLinks, scope, true)],
  ];
  // A source naming only the publisher is kept in reserve: a person may be credited later.
  let reserve: PickedAuthors = { names: [], source: null };
  for (const [source, run] of tries) {
    const names = uniqueNames(run());
    // "Jane Doe, CNN, Atlanta": after the publisher come places, not people.
    const cut = names.findIndex((n) => isPublisher(n, publishers));
    if (cut === -1 && names.length) return { names, source };
    if (cut > 0) return { names: names.slice(0, cut), source };
    if (cut === 0 && !reserve.source) reserve = { names: [names[0]], source };
  }
  return reserve;
}
