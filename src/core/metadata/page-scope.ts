// Where the article sits in the page: its headline and its container. Time elements and
// bylines found there describe the article; the same elements in sidebars do not.
export interface PageScope {
  headline: Element | null;
  root: Element | null;
}

export function findScope(doc: Document): PageScope {
  const headline = doc.querySelector('article h1, main h1, h1');
  const root =
    headline?.closest('article, [itemprop~="articleBody"], main, [role="main"]') ??
    doc.querySelector('article, [itemtype*="Article"], main, [role="main"]');
  return { headline, root };
}

/** 0: inside the article container, 1: after the headline, 2: elsewhere. */
export function closeness(scope: PageScope, el: Element): number {
  if (scope.root?.contains(el)) return 0;
  if (scope.headline && scope.headline.compareDocumentPosition(el) & 4 /* FOLLOWING */) return 1;
  return 2;
}

/** Elements ordered by closeness to the article, document order within a rank. */
export function byCloseness<T extends Element>(scope: PageScope, els: Iterable<T>): T[] {
  return Array.from(els)
    .map((el, i) => ({ el, i, rank: closeness(scope, el) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.el);
}
