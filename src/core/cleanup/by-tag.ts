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

/** Up to this many matches, lists per name are merged; past it one scan of all elements is cheaper. */
const MAX_MERGED = 64;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** The elements below `root` with one of these names, in document order: querySelectorAll('a, b'). */
export function byTags(root: Root, tags: readonly string[]): Element[] {
  if (tags.length === 1) return toArray(root.getElementsByTagName(tags[0]));
  // One list per name: most are empty or short ("script, noscript", "object, embed, iframe"),
  // and reading a few matches costs much less than visiting every element of the page.
  const lists = tags.map((name) => root.getElementsByTagName(name));
  const found = lists.filter((list) => list.length > 0);
  if (found.length === 0) return [];
  if (found.length === 1) return toArray(found[0]);
  if (found.reduce((n, list) => n + list.length, 0) <= MAX_MERGED) return mergeInOrder(found.map(toArray));
  const lower = new Set(tags.map((name) => name.toLowerCase()));
  const exact = new Set(tags);
  return toArray(root.getElementsByTagName('*')).filter((el) => (el.namespaceURI === HTML_NS ? lower : exact).has(el.localName));
}

/** Lists each in document order → one list in document order, each element once. */
function mergeInOrder(lists: Element[][]): Element[] {
  const out: Element[] = [];
  const at = lists.map(() => 0);
  for (;;) {
    let pick = -1;
    for (let i = 0; i < lists.length; i++) {
      const el = lists[i][at[i]];
      if (el === undefined) continue;
      // Two names for one element ("a", "A") list it twice: the later copy is skipped.
      if (pick >= 0 && el === lists[pick][at[pick]]) at[i]++;
      else if (pick < 0 || el.compareDocumentPosition(lists[pick][at[pick]]) & FOLLOWING) pick = i;
    }
    if (pick < 0) return out;
    out.push(lists[pick][at[pick]++]);
  }
}

/** True when some element below `root` has one of these names: !!querySelector('a, b'). */
export function hasTag(root: Root, tags: readonly string[]): boolean {
  for (const name of tags) if (root.getElementsByTagName(name).length > 0) return true;
  return false;
}

/** "h1, h2, p" → ['h1', 'h2', 'p']: a selector list of tag names, for byTags and hasTag. */
export const tagList = (selector: string): string[] => selector.split(',').map((s) => s.trim()).filter(Boolean);
