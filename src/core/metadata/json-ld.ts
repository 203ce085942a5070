// JSON-LD reading: collects every node (through @graph, arrays, mainEntity), resolves
// {"@id"} references and orders the nodes that describe the article first.
import { parseJsonLd } from './json-ld-parse';

export type JsonNode = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle',
  'opinionnewsarticle', 'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle',
  'liveblogposting', 'techarticle', 'scholarlyarticle', 'report', 'socialmediaposting',
  'discussionforumposting', 'posting',
]);
// Other works describe the page only when nothing better does (an embedded video's
// uploadDate is not the article's date).
const WEAK_TYPES = new Set(['review', 'recipe', 'videoobject', 'creativework', 'event', 'product']);
const PAGE_TYPES = new Set(['webpage', 'itempage', 'aboutpage', 'profilepage', 'qapage', 'collectionpage']);

function isObject(v: unknown): v is JsonNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Lower-cased types without "schema:" or "https://schema.org/" prefixes. */
export function typesOf(node: JsonNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/:#]/, '').toLowerCase());
}

export class JsonLd {
  /** Nodes describing this page's article (article types first, then web pages). */
  readonly main: JsonNode[] = [];
  readonly all: JsonNode[] = [];
  private readonly byId = new Map<string, JsonNode>();

  /**
   * `scripts`: the page's JSON-LD scripts, else found in `doc`; `canonical`: its canonical URL;
   * `pageUrl`: the page's address (a parsed snapshot's own URL is wherever it was parsed: the popup's).
   */
  constructor(doc: Document, scripts?: readonly Element[], canonical?: string | null, pageUrl: string = doc.URL) {
    for (const script of scripts ?? Array.from(doc.querySelectorAll('script[type*="ld+json" i]'))) {
      for (const value of parseJsonLd(script.textContent ?? '')) this.collect(value, 0);
    }
    const rank = (n: JsonNode): number => {
      const types = typesOf(n);
      if (types.some((t) => ARTICLE_TYPES.has(t))) return 0;
      if (types.some((t) => PAGE_TYPES.has(t))) return 1;
      return types.some((t) => WEAK_TYPES.has(t)) ? 2 : 3;
    };
    // Several articles at top level (the story and teasers of others): the one whose url or
    // mainEntityOfPage is this page (its address or canonical URL) comes first.
    const href = canonical !== undefined ? canonical : doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
    const here = new Set([pageUrl, href ?? ''].map(urlKey).filter(Boolean));
    const mine = (n: JsonNode): number => ([n.url, n.mainEntityOfPage, n['@id']].some((v) => here.has(urlKey(nameOf(v) ?? (isObject(v) && typeof v['@id'] === 'string' ? v['@id'] : '')))) ? 0 : 1);
    // Stable sort keeps document order within a rank.
    this.main.push(...this.all.filter((n) => rank(n) < 3).sort((a, b) => rank(a) - rank(b) || (rank(a) === 0 ? mine(a) - mine(b) : 0)));
  }

  private collect(value: unknown, depth: number): void {
    if (depth > 6) return; // hostile nesting
    if (Array.isArray(value)) {
      for (const v of value) this.collect(v, depth + 1);
      return;
    }
    if (!isObject(value)) return;
    this.all.push(value);
    if (typeof value['@id'] === 'string' && !this.byId.has(value['@id'])) this.byId.set(value['@id'], value);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
      if (value[key] !== undefined && typeof value[key] !== 'string') this.collect(value[key], depth + 1);
    }
  }

  /** The node itself, or the node it points to with {"@id": ...}. */
  resolve(v: unknown): unknown {
    if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) {
      return this.byId.get(v['@id']) ?? v;
    }
    return v;
  }

  /** First value of the field on the article nodes, with the node's type. */
  field(name: string): unknown {
    for (const node of this.main) {
      const v = node[name];
      if (v !== undefined && v !== null && v !== '') return this.resolve(v);
    }
    return undefined;
  }

  /** Name of the publisher or the WebSite node. */
  siteName(): string | null {
    const pub = this.resolve(this.field('publisher'));
    const fromPub = nameOf(Array.isArray(pub) ? this.resolve(pub[0]) : pub);
    if (fromPub) return fromPub;
    const site = this.all.find((n) => typesOf(n).includes('website'));
    return site ? nameOf(site) : null;
  }
}

/** Host and path of an absolute URL, without "www.", query, fragment or final slash ("" when not a URL). */
function urlKey(u: string): string {
  const m = /^(?:https?:)?\/\/(?:www\.)?([^/?#]+)([^?#]*)/i.exec(u.trim());
  return m ? `${m[1].toLowerCase()}${m[2].replace(/\/+$/, '')}` : '';
}

/** A string, or the name of a {name} object. */
export function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (isObject(v) && typeof v.name === 'string') return v.name;
  return null;
}

/** Strings out of a string / array / {name|url} value. */
export function stringsOf(v: unknown, key = 'name'): string[] {
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') out.push(item);
    else if (isObject(item) && typeof item[key] === 'string') out.push(item[key] as string);
  }
  return out;
}

export { isObject };
