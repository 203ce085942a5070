// One walk over the page's elements collecting everything the DOM-based sources need
// (time elements, itemprops, bylines, the headline and the article container), because
// many attribute-substring selectors cost a full scan each in jsdom.
export interface PageIndex {
  headline: Element | null;
  /** The first few <h1> elements. */
  h1s: Element[];
  /** The article container: the headline's <article>/<main>, else the first one. */
  root: Element | null;
  times: Element[];
  /** Non-meta elements with itemprop datePublished / dateModified. */
  itempropDates: Element[];
  /** Non-meta elements with itemprop author / creator. */
  itempropAuthors: Element[];
  relAuthors: Element[];
  /** Links to author pages (/author/jane-doe, /profile/...). */
  authorLinks: Element[];
  /** class or id containing "byline", "author", "writer" or "username" (pastes, forum posts). */
  bylines: Element[];
  /** class or id naming a date, time, byline or meta line. */
  dateLines: Element[];
  /** The elements right after the headline, where bylines and dates are written. */
  nearHeadline: Element[];
  /** The few elements right before the headline (not its ancestors): a date line over it. */
  aboveHeadline: Element[];
  /** Short elements whose text starts with "By", "Von", "Par", "Auteur:"...: written bylines (the parent when the element is the word alone). */
  writtenBylines: Element[];
  /** A paragraph closing its block with one bold or italic element: "<p><b>Jane Doe</b></p>". */
  signatures: Element[];
  /** Leaf elements with a short text holding a year (19xx/20xx): written dates. */
  datedLeaves: Element[];
  /** Document-order position of every indexed element (compareDocumentPosition is slow in jsdom). */
  position: Map<Element, number>;
  // Found in the same walk, so no other source scans the document again.
  metas: Element[];
  /** <script type="application/ld+json"> elements. */
  ldScripts: Element[];
  /** <link> elements with a rel. */
  links: Element[];
  title: Element | null;
  base: Element | null;
}

const NEAR_HEADLINE = 40;
const ABOVE_HEADLINE = 6;
const MAX_LEAVES = 300;
const MAX_WRITTEN_BYLINES = 50;
/**
 * The word that opens a written byline, alone or before the name; a separator may come
 * first ("| By " after a kicker) and some bylines are phrases ("Ein Artikel von",
 * "Geschrieben von", "Written by:"); a press release names its issuer after a label
 * ("Herausgeber: Nordex SE"); a page of facts credits its source ("Information provided by
 * (Responsible Party):").
 */
export const BYLINE_WORD = /^[\s|•·–—-]*(?:(?:(?:written|posted|reported)\s+by|by|von|par|por|door|auteur|autor(?:in)?|author|text|(?:ein\s+)?(?:artikel|beitrag)\s+von|(?:geschrieben|verfasst)\s+von|herausgeber(?=\s*:))\b|(?:information|content)\s+provided\s+by\b(?:\s*\([^)]{0,40}\))?)\s*:?\s*/i;

const BYLINE = /byline|author|writer|user-?name/i;
const DATE_LINE = /date|byline|author|time|publish|posted|meta/i;
const AUTHOR_PAGE = /\/(?:authors?|autor(?:en)?|auteurs?|profiles?|people|staff|journalists?|redaktion|mitarbeiter)\/[^/?#]+/i;
const CONTAINER = /^(?:article|main)$/;
// Headings only screen readers get (the <title> repeated for them): not the shown headline.
const HIDDEN = /(?:^|\s)(?:screen-reader-text|sr-only|visually-hidden|visuallyhidden)(?:\s|$)/;

/**
 * The first element from `node` on along its siblings: firstElementChild and
 * nextElementSibling by the plain child links, which jsdom follows several times faster.
 */
export function firstElement(node: Node | null): Element | null {
  while (node && node.nodeType !== 1) node = node.nextSibling;
  return node as Element | null;
}

/** getAttribute('class') ?? '', by the property (twice as fast in jsdom); an SVG element's is an object. */
export function classOf(el: Element): string {
  const name = el.className;
  return typeof name === 'string' ? name : el.getAttribute('class') ?? '';
}

/** The attributes the index reads ('' or null when absent). */
interface IndexedAttributes {
  itemprop: string | null;
  role: string | null;
  className: string;
  id: string;
  rel: string;
  href: string;
}

/**
 * The element's attributes the index reads, from the list of its attribute names: in jsdom
 * each read by name searches the element's attribute list, and listing the names once then
 * reading only those present takes a third of the time of four reads by name.
 */
function attributesOf(el: Element): IndexedAttributes {
  const found: IndexedAttributes = { itemprop: null, role: null, className: '', id: '', rel: '', href: '' };
  for (const name of el.getAttributeNames()) {
    if (name === 'class') found.className = classOf(el);
    else if (name === 'id') found.id = el.id;
    else if (name === 'itemprop' || name === 'role' || name === 'rel' || name === 'href') found[name] = el.getAttribute(name) ?? '';
  }
  return found;
}

/**
 * `titleHint`: the page's title as declared (og:title or <title>), to recognise the
 * headline; called after the walk, with the page's meta and title elements found.
 */
export function indexPage(doc: Document, titleHint: (found: PageIndex) => string | null = () => null): PageIndex {
  const index: PageIndex = {
    headline: null, h1s: [], root: null, times: [], itempropDates: [], itempropAuthors: [], relAuthors: [], authorLinks: [], bylines: [], dateLines: [], nearHeadline: [], aboveHeadline: [], writtenBylines: [], signatures: [], datedLeaves: [], position: new Map(),
    metas: [], ldScripts: [], links: [], title: null, base: null,
  };
  const elements: Element[] = [];
  const at = new Map<Element, number>();
  const headings: Element[] = [];
  let firstContainer: Element | null = null;
  // Elements in document order, without recursion (hostile pages nest thousands deep).
  // `firstChild`: el.firstElementChild, known from the walk.
  const visit = (el: Element, firstChild: Element | null): void => {
    const name = el.localName;
    if (name === 'meta') index.metas.push(el);
    else if (name === 'script') {
      if (/ld\+json/i.test(el.getAttribute('type') ?? '')) index.ldScripts.push(el);
    } else if (name === 'link') {
      if (el.hasAttribute('rel')) index.links.push(el);
    } else if (name === 'title') index.title ??= el;
    else if (name === 'base') {
      if (!index.base && el.hasAttribute('href')) index.base = el;
    }
    if (name === 'script' || name === 'style' || name === 'meta' || name === 'link') return;
    index.position.set(el, elements.length);
    elements.push(el);
    if (index.datedLeaves.length < MAX_LEAVES && firstChild === null) {
      const text = el.textContent ?? '';
      if (text.length <= 80 && /(?:19|20)\d\d/.test(text)) index.datedLeaves.push(el);
    }
    // A written byline starts with its word as the element's first text: "<p>Von Jane Doe</p>",
    // "<span>Par <a>Jane Doe</a></span>", or is the word alone in a label ("<span>By</span>"),
    // the name following it (read by the author source).
    const first = el.firstChild;
    if (first && first.nodeType === 3 && index.writtenBylines.length < MAX_WRITTEN_BYLINES && BYLINE_WORD.test(first.nodeValue ?? '')) {
      if ((el.textContent ?? '').length <= 120) index.writtenBylines.push(el);
    }
    if (name === 'p' && el.nextElementSibling === null) {
      const only = firstChild;
      if (only && only === el.lastElementChild && /^(?:b|strong|em|i)$/.test(only.localName)) index.signatures.push(el);
    }
    // Most elements carry no attributes; attribute reads are the costly part in jsdom.
    const attrs = el.hasAttributes() ? attributesOf(el) : null;
    const itemprop = attrs?.itemprop ?? null;
    if ((name === 'h1' || name === 'h2' || name === 'h3' || itemprop === 'headline') && !(attrs && HIDDEN.test(attrs.className))) {
      headings.push(el);
      at.set(el, elements.length - 1);
    } else if (name === 'time') index.times.push(el);
    else if (!firstContainer && (CONTAINER.test(name) || attrs?.role === 'main')) firstContainer = el;
    if (!attrs) return;
    if (itemprop) {
      if (/\bdate(?:Published|Modified)\b/.test(itemprop)) index.itempropDates.push(el);
      if (/\b(?:author|creator)\b/.test(itemprop)) index.itempropAuthors.push(el);
    }
    if (name === 'a') {
      if (/\bauthor\b/i.test(attrs.rel)) index.relAuthors.push(el);
      if (AUTHOR_PAGE.test(attrs.href)) index.authorLinks.push(el);
    }
    const names = `${attrs.className} ${attrs.id}`;
    if (names.length > 1) {
      if (BYLINE.test(names)) index.bylines.push(el);
      if (DATE_LINE.test(names)) index.dateLines.push(el);
    }
  };
  // A TreeWalker over elements moves inside jsdom's own tree, where element links cost an
  // iterator each. The next element is the first child when its parent is `el`.
  const top = doc.documentElement;
  const walker = top ? doc.createTreeWalker(top, 1) : null;
  for (let el: Element | null = top; el; ) {
    const next = walker!.nextNode() as Element | null;
    visit(el, next && next.parentNode === el ? next : null);
    el = next;
  }
  const inContainer = (el: Element): Element | null => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (CONTAINER.test(p.localName) || p.getAttribute('role') === 'main') return p;
    }
    return null;
  };
  const h1s = headings.filter((h) => h.localName === 'h1');
  index.h1s = h1s.slice(0, 5);
  index.headline = matchingHeading(headings, titleHint(index)) ?? h1s.find((h) => inContainer(h)) ?? h1s[0] ?? null;
  index.root = (index.headline && inContainer(index.headline)) ?? firstContainer;
  if (index.headline) {
    const start = (at.get(index.headline) ?? 0) + 1;
    index.nearHeadline = elements.slice(start, start + NEAR_HEADLINE).filter((el) => !index.headline?.contains(el));
    const headline = index.headline;
    index.aboveHeadline = elements.slice(Math.max(0, start - 1 - ABOVE_HEADLINE), start - 1).filter((el) => !el.contains(headline));
  }
  return index;
}

/** Letters and digits only, lower case: "Jane Doe" ~ "janedoe". */
export const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The first heading whose text is the declared title (or the title with a site suffix). */
function matchingHeading(headings: Element[], titleHint: string | null): Element | null {
  const hint = squash(titleHint ?? '');
  if (hint.length < 8) return null;
  return headings.find((h) => {
    const text = squash(h.textContent ?? '');
    return text.length >= 8 && (hint.includes(text) ? text.length * 2 >= hint.length : text.includes(hint));
  }) ?? null;
}

/** 0: inside the article container, 1: after the headline, 2: elsewhere. */
export function closeness(index: PageIndex, el: Element): number {
  if (index.root?.contains(el)) return 0;
  const headlineAt = index.headline ? index.position.get(index.headline) : undefined;
  if (headlineAt !== undefined && (index.position.get(el) ?? -1) > headlineAt) return 1;
  return 2;
}

/** Elements ordered by closeness to the article, document order within a rank. */
export function byCloseness<T extends Element>(index: PageIndex, els: Iterable<T>): T[] {
  return Array.from(els)
    .map((el, i) => ({ el, i, rank: closeness(index, el) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.el);
}

/**
 * Inside comments, asides, footers or navigation: not the article's own byline.
 * `asideAllowed`: an <aside> or <footer> is no boilerplate (explicit author markup inside
 * the article: some sites put the byline in a side column or in the article's own
 * <footer>, which HTML meant for "who wrote it").
 */
export function inBoilerplate(el: Element, asideAllowed = false): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) {
    if (/^(?:aside|footer|nav)$/.test(p.localName) && !(asideAllowed && p.localName !== 'nav')) return true;
    if (/comment/i.test(`${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}
