// Old table layouts and portal pages hand Readability a wrapper that holds the story
// and, around it, teaser grids, link boxes and promo lines. The story itself sits in
// one element that holds nearly all of the words written outside links (the "core").
// Around the path from the root down to that core, whatever is not prose goes: prose
// stays (a lead or a last paragraph in a box of its own), and so does a lone figure.
import { byTags, childElements, closestTag, hasTag } from './by-tag';
import type { CleanupPass } from './context';

/** The core holds at least this share of the words written outside links. */
export const CORE_SHARE = 0.8;
/** Below this many words outside links, there is nothing to locate. */
const MIN_CORE_WORDS = 40;
/** A run of text this long (words), mostly outside links and ending like a sentence, is prose. */
const PROSE_RUN_WORDS = 10;
/** A run this long is prose whatever its last character. */
const LONG_RUN_WORDS = 25;

const BLOCKS = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL|BR|CENTER)$/;
const LEAF_BLOCKS = /^(P|H[1-6]|LI|BLOCKQUOTE|PRE|UL|OL|DL|DD|DT|FIGURE|FIGCAPTION|ADDRESS)$/;
const MEDIA = ['img', 'picture', 'video', 'audio', 'iframe'];
const countWords = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

const isProse = (words: number, linked: number, last: string) =>
  words >= PROSE_RUN_WORDS && linked <= words * 0.5 && (words >= LONG_RUN_WORDS || /[.!?:;"”’»)]$/.test(last));

/**
 * Words of prose per element: text is cut into runs at block edges and <br>; a run that
 * reads as a sentence counts for every element around it. Teaser lines and link lists count nothing.
 */
export function proseWordCounts(root: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  const stack: Element[] = [];
  let words = 0;
  let linked = 0;
  let last = '';
  let owners: Element[] = [];
  const close = () => {
    if (isProse(words, linked, last)) for (const el of owners) counts.set(el, (counts.get(el) ?? 0) + words);
    words = 0;
    linked = 0;
    last = '';
    owners = stack.slice();
  };
  const walk = (el: Element, inLink: boolean): void => {
    const block = BLOCKS.test(el.tagName);
    if (block) close();
    stack.push(el);
    if (block) owners = stack.slice();
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        const n = countWords(data);
        if (!n) continue;
        if (!words) owners = stack.slice();
        else owners = owners.filter((o) => stack.includes(o));
        words += n;
        if (inLink || el.tagName === 'A') linked += n;
        last = data.trim();
      } else if (c.nodeType === 1) walk(c as Element, inLink || el.tagName === 'A');
    }
    stack.pop();
    if (block) close();
  };
  walk(root, false);
  close();
  return counts;
}

/** A figure standing beside the story: one picture, not a link, with at most a caption. */
function isLoneFigure(el: Element): boolean {
  const media = MEDIA.includes(el.localName) ? [el] : byTags(el, MEDIA);
  if (media.length !== 1) return false;
  // A picture inside a link is a teaser, unless the link opens the picture itself (a lightbox).
  const link = closestTag(media[0], ['a']);
  if (link && !/\.(jpe?g|png|gif|webp|avif)(\?|#|$)/i.test(link.getAttribute('href') ?? '')) return false;
  // Whitespace runs count one: a figure's indentation is not caption text.
  return (el.textContent ?? '').replace(/\s+/g, ' ').length <= 400 && el.getElementsByTagName('a').length <= 1;
}

/** Words under a section's headings that make it a part of the page's matter, not a header or a label. */
const MIN_SECTION_WORDS = 15;
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * A section of the page's own matter beside the story: a heading with lines of text under it
 * and not one link ("Profile and roast: Aroma — fruity and floral notes …", "Technical
 * details"). Its lines are too short to read as prose, but a teaser grid, a link box or a
 * promo has links to go to; a box with nowhere to go only tells about the page's subject.
 */
function isLinklessSection(el: Element): boolean {
  if (el.getElementsByTagName('a').length || hasTag(el, ['form', 'button', 'input'])) return false;
  const headings = byTags(el, HEADINGS);
  if (!headings.length) return false;
  const headingWords = headings.reduce((n, h) => n + textNodeWords(h), 0);
  return textNodeWords(el) - headingWords >= MIN_SECTION_WORDS;
}

/** Words of el's text nodes, each counted apart: lines in blocks side by side do not run together. */
function textNodeWords(el: Element): number {
  const walker = el.ownerDocument.createTreeWalker(el, 4); // text nodes
  let words = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) words += countWords((node as Text).data);
  return words;
}

/** An inline element with loose text beside it is a word of a sentence, not a box. */
function inRunningText(el: Element): boolean {
  const prev = el.previousSibling;
  const next = el.nextSibling;
  return (prev?.nodeType === 3 && !!prev.textContent?.trim()) || (next?.nodeType === 3 && !!next.textContent?.trim());
}

/** The element on the way down from root that holds the core, and the path to it. */
function corePath(root: Element, counts: Map<Element, number>): Element[] {
  const total = counts.get(root) ?? 0;
  const path: Element[] = [root];
  if (total < MIN_CORE_WORDS) return path;
  let node = root;
  for (;;) {
    let next: Element | null = null;
    for (const child of childElements(node)) if ((counts.get(child) ?? 0) >= total * CORE_SHARE) next = child;
    // A paragraph is not a box: the core is the container of the paragraphs.
    if (!next || LEAF_BLOCKS.test(next.tagName)) return path;
    path.push(next);
    node = next;
  }
}

export function removeOutsideCore(root: Element): number {
  const counts = proseWordCounts(root);
  const path = corePath(root, counts);
  let removed = 0;
  for (let i = 0; i < path.length - 1; i++) {
    const keep = path[i + 1];
    for (const child of childElements(path[i])) {
      if (child === keep || /^(BR|HR)$/.test(child.tagName)) continue;
      if (!BLOCKS.test(child.tagName) && inRunningText(child)) continue;
      if ((counts.get(child) ?? 0) > 0 || isLoneFigure(child) || isLinklessSection(child)) continue;
      child.remove();
      removed++;
    }
    // Loose text beside the core (a <td> of "More headlines" text nodes) is left alone: only elements go.
  }
  return removed;
}

export const removeOutsideCorePass: CleanupPass = {
  name: 'outside-core',
  // It never removes a run of prose, only boxes around the story: like the trailing
  // sections, what it takes is outside the article by its own checks.
  setsBaseline: true,
  run: (root) => removeOutsideCore(root),
};
