// Cuts what follows the article inside Readability's pick: a comments thread, a
// "Related stories" box, a share bar. A short line that only says so ("Comments (12)",
// "Leserkommentare", "Related articles") marks the end; it and everything after it go,
// but only when the article before it is long enough to stand alone.
import { byTags, childElements, closestTag, tagList } from './by-tag';
import type { CleanupPass } from './context';
import { isEndMarker } from './boilerplate-phrases';
import { junkReason } from './junk-attributes';
import { flatText, flatTextIs, linkDensity, longerThan, onOwnLine, shortFlatText, wordCount } from './text';

const CANDIDATES = tagList('h1, h2, h3, h4, h5, h6, p, div, span, strong, b, em, dt, td, header, section, aside, font');
/** Words of article text that must stand before the marker. */
export const MIN_WORDS_BEFORE = 80;
/** Before a marker of related links with no prose after it, fewer words are enough. */
const MIN_WORDS_BEFORE_LINKS = 25;

// NodeFilter.SHOW_ELEMENT | SHOW_TEXT, as a number: the core runs where NodeFilter is missing.
const ELEMENTS_AND_TEXT = 1 | 4;

/**
 * Whether the text under root before el in document order holds at least `words` words.
 * It reads only as far as it needs: measuring all the text before every candidate was
 * quadratic on a page of hundreds of sibling comments (16 s on jsdom). Reading stops at
 * `words` + 1 words, since text read later can join at most the last of them to its own
 * first word.
 */
export function hasWordsBefore(root: Element, el: Element, words: number): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, ELEMENTS_AND_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && node !== el; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    text += node.nodeValue ?? '';
    if (/\S/.test(node.nodeValue ?? '') && wordCount(text) > words) return true;
  }
  return wordCount(text) >= words;
}

/** Removes el and every node after it, up to the root. */
export function cutFrom(root: Element, el: Element): void {
  let node: Element | null = el;
  while (node && node !== root) {
    const parent: Element | null = node.parentElement;
    while (node.nextSibling) node.nextSibling.remove();
    if (node === el) node.remove();
    node = parent;
  }
}

/** Comment threads are prose too: after their marker, prose does not mean the article goes on. */
const COMMENTS = /comment|kommentar|réag|coment|say|conversation|discus|reply/;

/**
 * Prose: twenty words and more, mostly outside links, with a sentence in them. A line of
 * labels and link names ("RELATED INTERNET LINKS: Football on the BBC ... external
 * internet sites") is long enough but says nothing in sentences: it is no sign that the
 * article goes on.
 */
const isProse = (p: Element) => {
  const text = flatText(p);
  return wordCount(text) >= 20 && linkDensity(p) < 0.5 && /[.!?…]["”’»)]?(\s|$)/.test(text);
};

/** A paragraph of prose after el: the article goes on (a "Related" box sat inside it). */
export function proseAfter(root: Element, el: Element): boolean {
  for (const p of byTags(root, ['p'])) {
    if (!(el.compareDocumentPosition(p) & 4) || el.contains(p)) continue;
    // A paragraph in a list item is a teaser's summary, not the article going on.
    if (closestTag(p, ['li'])) continue;
    if (isProse(p)) return true;
  }
  return false;
}

/**
 * The box the marker opens: its highest ancestor whose parent holds no article prose
 * before it (the marker itself when it stands among the article's paragraphs).
 */
function markerBox(root: Element, line: Element): Element {
  let node = line;
  for (;;) {
    const parent = node.parentElement;
    if (!parent || parent === root) return node;
    const proseBefore = byTags(parent, ['p']).some((p) => (p.compareDocumentPosition(node) & 4) && !p.contains(node) && isProse(p));
    if (proseBefore) return node;
    node = parent;
  }
}

/**
 * Comment threads and related-story boxes marked by their class may be longer than the
 * article they follow (the junk pass spares big elements): they go whatever their size
 * when enough article text stands before them and, for related boxes, no prose after.
 */
const TRAILING_REASONS = /^class (comment|comments|disqus|respond|replies|related|related-|recommended|recommendations|outbrain|taboola|morestories|more-from|you-may-like|most-popular|mostpopular|most-read|mostread)$/;

/**
 * Every name in TRAILING_REASONS, as a substring: a 'class …' reason names a piece of the
 * class and id, so without one of these there the reason cannot match (junkReason, run
 * on every element, is skipped).
 */
const TRAILING_NAMES = /comment|disqus|respond|replies|related|recommend|outbrain|taboola|morestories|more-from|you-may-like|most-?popular|most-?read/;

function isTrailingJunk(root: Element, el: Element): boolean {
  if (!TRAILING_NAMES.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase())) return false;
  const reason = junkReason(el);
  if (!reason || !TRAILING_REASONS.test(reason)) return false;
  if (!hasWordsBefore(root, el, MIN_WORDS_BEFORE)) return false;
  return /comment|disqus|respond|replies/.test(reason) || !proseAfter(root, el);
}

export function removeTrailingSections(root: Element): number {
  let removed = 0;
  const walk = (el: Element): void => {
    for (const child of childElements(el)) {
      if (isTrailingJunk(root, child)) {
        child.remove();
        removed++;
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  return removed + (cutAtCommentAnchor(root) || cutAtEndMarker(root) || cutAtSignatures(root));
}

/** A commenter's signature line: "Posted by Paul on January 6, 2008 2:09 PM", "Kommentar von X am 3.1.2008". */
const SIGNATURE = /^(?:posted|submitted|written|comment(?:ed)?|geschrieben|kommentar|verfasst|publié|posté|écrit|escrito|publicado|enviado|scritto|inviato|pubblicato)\s+(?:by|von|par|por|da)\b:?\s*\S.{0,80}\d/i;
const SIGNATURE_TAGS = tagList('p, div, dt, dd, h4, h5, h6, b, strong, em, i, span, small, font');
const LINE_BLOCKS = /^(P|DIV|LI|DT|DD|TD|BLOCKQUOTE|H[1-6]|SECTION|ARTICLE)$/;

/**
 * A comment thread with no heading: two signature lines or more. It starts at the block
 * that holds the first signature with enough article text before it (the comment text
 * stands before or after its signature, in that block or the next).
 */
function cutAtSignatures(root: Element): number {
  const blocks: Element[] = [];
  for (const el of byTags(root, SIGNATURE_TAGS)) {
    const text = shortFlatText(el, longerThan(160));
    if (!text || !SIGNATURE.test(text)) continue;
    if (!LINE_BLOCKS.test(el.tagName) && !onOwnLine(el)) continue;
    let block: Element = el;
    while (!LINE_BLOCKS.test(block.tagName) && block.parentElement && block.parentElement !== root) block = block.parentElement;
    if (!blocks.some((b) => b === block || b.contains(block) || block.contains(b))) blocks.push(block);
  }
  if (blocks.length < 2) return 0;
  for (const block of blocks.slice(0, -1)) {
    if (!hasWordsBefore(root, block, MIN_WORDS_BEFORE)) continue;
    cutFrom(root, block);
    return 1;
  }
  return 0;
}

/** Names of the empty anchors that "Comments" links jump to: where the thread starts. */
const COMMENT_ANCHORS = /^(?:comments?|readercomments|reader-comments|usercomments|talkback|kommentare|commentaires|comentarios|commenti|comentários)$/i;

/**
 * An empty anchor named for the comments ('<a name="comments"></a>') marks where the
 * thread starts, even when no heading says so: it and everything after it go, when
 * enough article text stands before it.
 */
function cutAtCommentAnchor(root: Element): number {
  for (const a of byTags(root, ['a'])) {
    const name = a.getAttribute('name') ?? a.getAttribute('id');
    if (!name || !COMMENT_ANCHORS.test(name) || a.hasAttribute('href') || (a.textContent ?? '').trim()) continue;
    if (!hasWordsBefore(root, a, MIN_WORDS_BEFORE)) continue;
    cutFrom(root, a);
    return 1;
  }
  return 0;
}

function cutAtEndMarker(root: Element): number {
  for (const el of byTags(root, CANDIDATES)) {
    // An end marker is at most 60 characters (lower-cased): longer text is not read to the end.
    const text = shortFlatText(el, longerThan(180));
    if (text === null || !isEndMarker(text)) continue;
    // Inline elements count only when they are the whole line ("<p><b>Comments</b></p>", not "by X | 3 comments").
    if (/^(SPAN|STRONG|B|EM|FONT)$/.test(el.tagName) && !flatTextIs(el.parentElement ?? el, text)) continue;
    // A link or a list item saying "Comments" is a toolbar entry, not a section's heading.
    if (el.tagName === 'A' || closestTag(el, ['ul', 'ol', 'nav', 'menu'])) continue;
    // The marker line itself, not a box that merely starts with it.
    let line: Element = el;
    while (line.parentElement && line.parentElement !== root && flatTextIs(line.parentElement, text)) line = line.parentElement;
    // Letter-spaced headings ("R E A D E R  C O M M E N T S") are read without their spaces.
    const compact = /^(?:\p{L}\s+)+\p{L}$/u.test(text) ? text.replace(/\s+/g, '') : text;
    if (COMMENTS.test(compact.toLowerCase())) {
      if (!hasWordsBefore(root, line, MIN_WORDS_BEFORE)) continue;
      // A comments heading in the flow of paragraphs runs to the end; one heading a box
      // with article prose after the box is an inset.
      const box = markerBox(root, line);
      if (box !== line && proseAfter(root, box)) continue;
    } else {
      // Related links and teasers: no prose may follow. With nothing but them after it, a
      // short article ends there too (a blog post of three sentences and its "Related Posts").
      if (proseAfter(root, line) || !hasWordsBefore(root, line, MIN_WORDS_BEFORE_LINKS)) continue;
    }
    cutFrom(root, line);
    return 1;
  }
  return 0;
}

export const removeTrailingSectionsPass: CleanupPass = {
  name: 'trailing-sections',
  setsBaseline: true,
  run: (root) => removeTrailingSections(root),
};
