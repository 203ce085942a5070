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

function fromElements(els: Element[], scope: PageIndex, strict: boolean): string[] {
  for (const el of byCloseness(scope, els)) {
    // Comment authors and "more from" boxes are not the article's byline.
    if (inBoilerplate(el)) continue;
    if (strict && closeness(scope, el) === 2) continue;
    const text = textOf(el);
    if (text.length > 300) continue;
    const names = authorNames(text, strict);
    if (names.length) return names;
  }
  return [];
}

export function pickAuthors(meta: MetaTags, ld: JsonLd, scope: PageIndex): PickedAuthors {
  const tries: [string, () => string[]][] = [
    ['JSON-LD author', () => fromJsonLd(ld)],
    ...['author', 'article:author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'byl', 'og:article:author', 'citation_author'].map(
      (key): [string, () => string[]] => [`meta ${key}`, () => meta.all(key).flatMap((c) => authorNames(c.value))],
    ),
    ['itemprop author', () => fromElements(scope.itempropAuthors, scope, false)],
    ['rel=author link', () => fromElements(scope.relAuthors, scope, true)],
    ['byline element', () => fromElements(scope.bylines, scope, true)],
  ];
  for (const [source, run] of tries) {
    const names = uniqueNames(run());
    if (names.length) return { names, source };
  }
  return { names: [], source: null };
}
