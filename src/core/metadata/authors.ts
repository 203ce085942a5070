// Authors from, in order: JSON-LD author, author meta tags, itemprop=author, rel=author
// links, byline elements, author page links, written bylines, a date line ending with a
// name, a signature line, the name on the post author's own comment, a CJK label
// ("作者：") in the page's text. The first source that names a person wins; publishers,
// desks and user names wait in reserve.
import type { JsonLd } from './json-ld';
import { isObject, nameOf } from './json-ld';
import type { MetaTags } from './meta-tags';
import type { PageIndex } from './page-index';
import { classOf, closeness, inBoilerplate, squash } from './page-index';
import { byTags } from '../cleanup/by-tag';
import { fromElements } from './author-elements';
import { authorNames, deskCredit, isHandle, uniqueNames } from './author-names';
import { namesAfterDate } from './dated-byline';
import { postAuthorComment } from './post-author-comment';

export interface PickedAuthors {
  names: string[];
  source: string | null;
}

/**
 * A person's name in the shapes CMSs write: "name" as a string, a one-item list or an
 * {"@value"} object; else "givenName" + "familyName"; else "alternateName".
 */
function personName(v: unknown): string | null {
  const plain = nameOf(v);
  if (plain !== null || !isObject(v)) return plain;
  const name = Array.isArray(v.name) ? v.name[0] : v.name;
  if (typeof name === 'string') return name;
  if (isObject(name) && typeof name['@value'] === 'string') return name['@value'];
  const parts = [v.givenName, v.familyName].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  if (parts.length) return parts.join(' ');
  return typeof v.alternateName === 'string' ? v.alternateName : null;
}

function fromJsonLd(ld: JsonLd): string[] {
  const v = ld.field('author') ?? ld.field('creator');
  // [[{...}, {...}]] and {"@list": [...]} hold the same list.
  const list = (Array.isArray(v) ? v : [v]).flatMap((item) => (Array.isArray(item) ? item : isObject(item) && Array.isArray(item['@list']) ? item['@list'] : [item]));
  return list.flatMap((item) => {
    const name = personName(ld.resolve(item));
    return name ? authorNames(name) : [];
  });
}


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

type Kind = 'person' | 'handle' | 'desk' | 'publisher';
// Reserves, best first: a user name is still the person who wrote it; a desk ("Redaktion",
// "AOL Staff") is the page's own credit, the publisher's name only a default.
const RESERVE_RANK: Record<Exclude<Kind, 'person'>, number> = { handle: 0, desk: 1, publisher: 2 };

function kindOf(name: string, publishers: string[]): Kind {
  if (deskCredit(name)) return 'desk';
  if (isPublisher(name, publishers)) return 'publisher';
  return isHandle(name) ? 'handle' : 'person';
}

/**
 * `publishers`: site name, short name, publisher: names that are no person's byline;
 * `labelled`: names after a CJK byline label (scans the page's text: asked for last).
 */
export function pickAuthors(meta: MetaTags, ld: JsonLd, scope: PageIndex, publishers: string[] = [], labelled: () => string[] = () => []): PickedAuthors {
  const person = (name: string): boolean => kindOf(name, publishers) === 'person';
  // Weak sources (links to author pages, text starting with "By") guess from the page text.
  const tries: [string, () => string[], boolean?][] = [
    ['JSON-LD author', () => fromJsonLd(ld)],
    // Dublin Core before meta author (as Readability): "author" often holds the uploader or site.
    ...['article:author', 'dc.creator', 'dcterms.creator', 'author', 'sailthru.author', 'parsely-author', 'byl', 'og:article:author', 'citation_author', 'cxenseparse:author'].map(
      (key): [string, () => string[]] => [`meta ${key}`, () => meta.all(key).flatMap((c) => authorNames(c.value))],
    ),
    ['itemprop author', () => fromElements(scope.itempropAuthors, scope, false, { all: true, marked: true })],
    ['rel=author link', () => fromElements(scope.relAuthors, scope, true, { all: true, marked: true, handles: true })],
    ['byline element', () => fromElements(scope.bylines, scope, true, { person })],
    ['author page link', () => fromElements(scope.authorLinks, scope, true, { handles: true, person, noMentions: true }), true],
    ['written byline', () => fromElements(scope.writtenBylines, scope, true, { leading: true, person, above: true }), true],
    ['date line', () => namesAfterDate(scope), true],
    ['signature line', () => signature(scope), true],
    ['post author\'s comment', () => postAuthorComment(scope), true],
    ['labelled byline', labelled, true],
  ];
  const firstElementSource = tries.findIndex(([source]) => source === 'itemprop author');
  // A source naming only the publisher, a desk or a user name is kept in reserve: a person
  // may be credited later (a guess from the page text does not override a desk).
  let reserve: PickedAuthors & { kind: Kind | null } = { names: [], source: null, kind: null };
  const rank = (k: Kind | null): number => (k && k !== 'person' ? RESERVE_RANK[k] : Infinity);
  for (const [i, [source, run, weak]] of tries.entries()) {
    const structured = i < firstElementSource;
    if (weak && reserve.kind === 'desk') break;
    const names = uniqueNames(run());
    const kinds = names.map((n) => kindOf(n, publishers));
    // "Jane Doe, CNN, Atlanta": after the publisher come places, not people.
    const cut = kinds.findIndex((k) => k === 'publisher' || k === 'desk');
    const people = cut === -1 ? names : names.slice(0, cut);
    if (kinds.slice(0, people.length).includes('person')) return structured ? shownInstead(people, source, scope, person) : { names: people, source };
    const kind = kinds[0];
    if (kind && kind !== 'person' && rank(kind) < rank(reserve.kind)) {
      reserve = { names: kind === 'handle' ? people : [names[0]], source, kind };
    }
  }
  return { names: reserve.names, source: reserve.source };
}

/**
 * The account that uploaded the story (a CMS's JSON-LD or meta author) is not always who
 * wrote it: when none of those names shows in the article while its own byline names a
 * person, the byline wins ("Von Matthias Lauerer" over the uploader "Isabell Angele").
 */
function shownInstead(names: string[], source: string, scope: PageIndex, person: (name: string) => boolean): PickedAuthors {
  const area = scope.root ?? scope.headline?.ownerDocument.body;
  if (!area) return { names, source };
  const raw = area.textContent ?? '';
  // The plain search first: squashing a long article's text is the costly part.
  if (names.some((n) => raw.includes(n))) return shownOnlyHidden(names, raw, area, scope, person) ?? { names, source };
  const text = squash(raw);
  if (names.some((n) => text.includes(squash(n)))) return { names, source };
  const tries: [string, () => string[]][] = [
    ['rel=author link', () => fromElements(scope.relAuthors, scope, true, { all: true, marked: true, inArticle: true })],
    ['byline element', () => fromElements(scope.bylines, scope, true, { person, inArticle: true })],
    ['written byline', () => fromElements(scope.writtenBylines, scope, true, { leading: true, person, inArticle: true })],
  ];
  for (const [shown, run] of tries) {
    const found = uniqueNames(run()).filter(person);
    if (found.length) return { names: found, source: shown };
  }
  return { names, source };
}

// Markup for search engines only ("vcard rich-snippet-hidden") and screen readers.
const HIDDEN_CLASS = /(?:^|\s)(?:[\w-]*-hidden|hidden|sr-only|screen-reader-text|visually-?hidden)(?:\s|$)/i;

const count = (text: string, name: string): number => text.split(name).length - 1;

/**
 * A theme's hidden author markup ("<span class="vcard rich-snippet-hidden">" holding the
 * uploader) is not the byline shown: when the structured names show only there and the
 * article's written byline ("Von Matthias Lauerer") names someone else, that byline.
 */
function shownOnlyHidden(names: string[], raw: string, area: Element, scope: PageIndex, person: (name: string) => boolean): PickedAuthors | null {
  const written = uniqueNames(fromElements(scope.writtenBylines, scope, true, { leading: true, person, inArticle: true })).filter(person);
  if (!written.length || written.some((w) => names.includes(w))) return null;
  const hidden = byTags(area, ['*']).filter((el) => el.hasAttributes() && (el.hasAttribute('hidden') || HIDDEN_CLASS.test(classOf(el))));
  const outer = hidden.filter((el) => !hidden.some((h) => h !== el && h.contains(el)));
  const hiddenText = outer.map((el) => el.textContent ?? '').join('\n');
  const visible = names.some((n) => count(raw, n) > count(hiddenText, n));
  return visible ? null : { names: written, source: 'written byline' };
}

/**
 * The name signed under the article, alone in bold or italics as its last paragraph
 * ("...das CHL-Endspiel.</p><p><b><i>Stefan Wasmer</i></b></p>"): one person's name right
 * after a paragraph of text.
 */
function signature(scope: PageIndex): string[] {
  for (const p of scope.signatures) {
    if (closeness(scope, p) === 2 || inBoilerplate(p)) continue;
    const text = (p.textContent ?? '').trim();
    const before = p.previousElementSibling;
    if (text.length > 40 || before?.localName !== 'p' || (before.textContent ?? '').trim().length < 40) continue;
    const names = authorNames(text, true, false);
    if (names.length === 1 && names[0] === text && /^\S+(?:\s\S+){1,2}$/.test(text)) return names;
  }
  return [];
}
