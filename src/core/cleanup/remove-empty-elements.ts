// Removes elements left without text or media (ad slots, spacer <p>&nbsp;</p>).
import { byTags } from './by-tag';
import type { CleanupPass } from './context';
import { hasMedia, someText } from './text';

// A no-break space read in the wrong encoding shows as "Â" (its UTF-8 bytes C2 A0 read
// as Latin-1): old pages fill empty boxes with it. It is blank too.
const HAS_CONTENT = /[^\s\u00a0\u200bÂ]/;
const INLINE = /^(SPAN|FONT|B|STRONG|I|EM|U|SMALL|BIG|SUB|SUP|A|MARK|CITE|Q|ABBR|TIME|LABEL)$/;
const KEEP_EMPTY = /^(IMG|PICTURE|SOURCE|VIDEO|AUDIO|IFRAME|BR|HR|TD|TH|TR|COL|COLGROUP)$/;

export function removeEmptyElements(root: Element): number {
  let removed = 0;
  // Deepest first, so a parent emptied by its children's removal goes too.
  const all = byTags(root, ['*']).reverse();
  for (const el of all) {
    // Text first: most elements have some, and finding it is cheaper than looking for media.
    if (KEEP_EMPTY.test(el.tagName) || someText(el, HAS_CONTENT)) continue;
    if (hasMedia(el)) continue;
    // An inline box around a line break ("<span><br></span>" from a word processor) is the
    // break between two lines: it stays, its box goes.
    if (INLINE.test(el.tagName) && el.getElementsByTagName('br').length > 0) {
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    el.remove();
    removed++;
  }
  return removed + removeEdgeRules(root);
}

/**
 * Rules (<hr>) with no text before or after them in the article: they separate nothing,
 * and a body that opens with '---' reads as a second front-matter fence to Markdown tools.
 * The first and last text of the article are found in one walk and each rule is placed
 * against them: measuring the text before and after every rule was quadratic (a page
 * with hundreds of rules took 18 s here).
 */
export function removeEdgeRules(root: Element): number {
  const rules = byTags(root, ['hr']);
  if (rules.length === 0) return 0;
  const { first, last } = textEdges(root);
  let removed = 0;
  for (const hr of rules) {
    const textBefore = first !== null && (hr.compareDocumentPosition(first) & PRECEDING) !== 0;
    const textAfter = last !== null && (hr.compareDocumentPosition(last) & FOLLOWING) !== 0;
    if (!textBefore || !textAfter) {
      hr.remove();
      removed++;
    }
  }
  return removed;
}

// Node.DOCUMENT_POSITION_* and NodeFilter.SHOW_TEXT, as numbers: the core runs where those
// globals are missing (Node with jsdom).
const PRECEDING = 2;
const FOLLOWING = 4;
const SHOW_TEXT = 4;

/** The first and last text nodes holding more than white space (as String#trim sees it). */
function textEdges(root: Element): { first: Node | null; last: Node | null } {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let first: Node | null = null;
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').trim() !== '') {
      first ??= node;
      last = node;
    }
  }
  return { first, last };
}

export const removeEmptyElementsPass: CleanupPass = {
  name: 'empty-elements',
  run: (root) => removeEmptyElements(root),
};
