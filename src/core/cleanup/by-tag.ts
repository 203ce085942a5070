// Tag-name queries without a selector engine. On jsdom, querySelector(All) runs a CSS
// selector engine per call, many times slower than getElementsByTagName; the cleanup
// passes ask "which <p>s", "any picture below" for most elements of the article.
// Names match as a type selector does: HTML elements whatever the case, others exactly.

const HTML_NS = 'http://www.w3.org/1999/xhtml';

type Root = Document | Element;

/** A live collection copied by index: jsdom's collection iterator is many times slower. */
function toArray(list: HTMLCollectionOf<Element>): Element[] {
  const out: Element[] = [];
  for (let i = 0, n = list.length; i < n; i++) out.push(list[i]);
  return out;
}

/** The elements below `root` with one of these names, in document order: querySelectorAll('a, b'). */
export function byTags(root: Root, tags: readonly string[]): Element[] {
  if (tags.length === 1) return toArray(root.getElementsByTagName(tags[0]));
  const lower = new Set(tags.map((name) => name.toLowerCase()));
  const exact = new Set(tags);
  return toArray(root.getElementsByTagName('*')).filter((el) => (el.namespaceURI === HTML_NS ? lower : exact).has(el.localName));
}

/** True when some element below `root` has one of these names: !!querySelector('a, b'). */
export function hasTag(root: Root, tags: readonly string[]): boolean {
  for (const name of tags) if (root.getElementsByTagName(name).length > 0) return true;
  return false;
}

/** "h1, h2, p" → ['h1', 'h2', 'p']: a selector list of tag names, for byTags and hasTag. */
export const tagList = (selector: string): string[] => selector.split(',').map((s) => s.trim()).filter(Boolean);
