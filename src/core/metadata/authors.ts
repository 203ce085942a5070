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

const BLOCK = /^(?:address|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|ol|p|section|table|td|th|tr|ul)$/;

/**
 * Text with a space between separate nodes ("<span>By</span><span>by Jane</span>") and
 * a "|" between blocks ("<div>Jane Doe</div><div>Washington Post</div>"), which the
 * name splitter then treats as two values.
 */
export function spacedText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node, depth: number): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1 && depth < 30) {
        const block = BLOCK.test((c as Element).localName);
        parts.push(block ? ' | ' : ' ');
        walk(c, depth + 1);
        parts.push(block ? ' | ' : ' ');
      }
    }
  };
  walk(el, 0);
  return parts.join('');
}

function textOf(el: Element): string {
  const named = el.querySelector('[itemprop~="name"]');
  return named?.getAttribute('content') ?? (named ? spacedText(named) : null) ?? el.getAttribute('content') ?? spacedText(el);
}

/**
 * Names from the first element that has some; with `all`, from every element (each
 * link of "<a rel=author>Jane</a> and <a rel=author>John</a>" is one author).
 */
function fromElements(els: Element[], scope: PageIndex, strict: boolean, all = false, marked = false): string[] {
  const out: string[] = [];
  for (const el of byCloseness(scope, els)) {
    // Comment authors and "more from" boxes are not the article's byline; author markup
    // (`marked`) inside the article counts even in an <aside> or the article's <footer>.
    if (inBoilerplate(el, marked && closeness(scope, el) === 0)) continue;
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

/**
 * "Condé Nast", "ABC News", "finanztreff.de": the publisher credited instead of a person;
 * also a name whose initials are the site's short name ("Deutsche Welle" on dw.com).
 */
function isPublisher(name: string, publishers: string[]): boolean {
  const n = squash(name);
  const words = name.split(/\s+/).filter(Boolean);
  const initials = words.length >= 2 ? squash(words.map((w) => w[0]).join('')) : '';
  return /\.[a-z]{2,}$/i.test(name) || publishers.some((p) => {
    const q = squash(p);
    if (initials && (initials === q || `${initials}com` === q)) return true;
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
    ['itemprop author', () => fromElements(scope.itempropAuthors, scope, false, true, true)],
    ['rel=author link', () => fromElements(scope.relAuthors, scope, true, true, true)],
    ['byline element', () => fromElements(scope.bylines, scope, true)],
    ['author page link', () => fromElements(scope.authorLinks, scope, true)],
    ['written byline', () => fromElements(scope.writtenBylines, scope, true)],
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
