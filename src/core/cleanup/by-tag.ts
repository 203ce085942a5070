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

/** Up to this many names, each name's list is read (a walk of its own); past it, one scan of all elements. */
const MAX_LISTS = 6;
/** Up to this many order comparisons, the shorter lists are placed into the longest; past it, one scan. */
const MAX_COMPARISONS = 256;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * Every element below `root`, in document order. A TreeWalker moves inside jsdom's own
 * tree; the '*' collection builds a list first and is then read through its index proxy.
 */
function allElements(root: Root): Element[] {
  const out: Element[] = [];
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const walker = doc.createTreeWalker(root, 1); // elements
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Element);
  return out;
}

/** The elements below `root` with one of these names, in document order: querySelectorAll('a, b'). */
export function byTags(root: Root, tags: readonly string[]): Element[] {
  if (tags.length === 1) return tags[0] === '*' ? allElements(root) : toArray(root.getElementsByTagName(tags[0]));
  if (tags.length > MAX_LISTS) return scanAll(root, tags);
  // One list per name: most are empty or short ("script, noscript", "object, embed, iframe"),
  // and reading the matches costs much less than visiting every element of the page.
  const lists = tags.map((name) => toArray(root.getElementsByTagName(name))).filter((list) => list.length > 0);
  if (lists.length <= 1) return lists[0] ?? [];
  lists.sort((a, b) => b.length - a.length);
  const [longest, ...rest] = lists;
  const placed = rest.reduce((n, list) => n + list.length, 0);
  if (placed * Math.ceil(Math.log2(longest.length + placed + 1)) > MAX_COMPARISONS) return scanAll(root, tags);
  for (const list of rest) for (const el of list) placeInOrder(longest, el);
  return longest;
}

/** Inserts `el` into `list` (in document order) where it belongs, unless it is there already. */
function placeInOrder(list: Element[], el: Element): void {
  let lo = 0;
  let hi = list.length;
  // First position whose element follows `el` (the same element does not).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (el.compareDocumentPosition(list[mid]) & FOLLOWING) hi = mid;
    else lo = mid + 1;
  }
  // Two names for one element ("a", "A") list it twice: once is kept.
  if (lo > 0 && list[lo - 1] === el) return;
  list.splice(lo, 0, el);
}

/** Whether an element has one of the names, as getElementsByTagName matches them. */
type NameTest = (el: Element) => boolean;
// Each list of names gets its test once, keyed by the names: a list written in the call
// (hasTag(el, ['form', 'input', 'button'])) is a new array every time.
const nameTests = new Map<string, NameTest>();
function nameTest(tags: readonly string[]): NameTest {
  const key = tags.join(',');
  let test = nameTests.get(key);
  if (!test) {
    const lower = new Set(tags.map((name) => name.toLowerCase()));
    const exact = new Set(tags);
    test = (el) => (el.namespaceURI === HTML_NS ? lower : exact).has(el.localName);
    nameTests.set(key, test);
  }
  return test;
}

/** byTags by one pass over every element below `root`. */
function scanAll(root: Root, tags: readonly string[]): Element[] {
  return allElements(root).filter(nameTest(tags));
}

/**
 * The element children of `el`, copied (the caller may remove them as it goes): by the
 * plain child links, which jsdom follows several times faster than it iterates `children`.
 */
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let child = el.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) out.push(child as Element);
  return out;
}

/** Up to this many names, each name's list is asked for; past it, one walk of the subtree. */
const MAX_HAS_LISTS = 2;

/** True when some element below `root` has one of these names: !!querySelector('a, b'). */
export function hasTag(root: Root, tags: readonly string[]): boolean {
  // jsdom lists every match below `root` to say whether there is one: a dozen names cost a
  // dozen walks of the subtree, where one walk stops at the first match.
  if (tags.length <= MAX_HAS_LISTS) {
    for (const name of tags) if (root.getElementsByTagName(name).length > 0) return true;
    return false;
  }
  return firstMatch(root, nameTest(tags)) !== null;
}

/** The first element below `root` that passes `test`, in document order. */
export function firstMatch(root: Root, test: (el: Element) => boolean): Element | null {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const walker = doc.createTreeWalker(root, 1); // elements
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (test(node as Element)) return node as Element;
  return null;
}

// jsdom builds a selector engine for each document on its first querySelector, closest or
// matches (about 0.25 ms), then compiles each new selector (about 0.05 ms): a fixed cost per
// page that these walks do not pay.

/** The first element below `root` with one of these names: querySelector('a, b'). */
export const firstTag = (root: Root, tags: readonly string[]): Element | null => firstMatch(root, nameTest(tags));

/** `el` or its nearest ancestor with one of these names: el.closest('a, b'). */
export function closestTag(el: Element, tags: readonly string[]): Element | null {
  const test = nameTest(tags);
  for (let node: Element | null = el; node; node = node.parentElement) if (test(node)) return node;
  return null;
}

/** "h1, h2, p" → ['h1', 'h2', 'p']: a selector list of tag names, for byTags and hasTag. */
export const tagList = (selector: string): string[] => selector.split(',').map((s) => s.trim()).filter(Boolean);
