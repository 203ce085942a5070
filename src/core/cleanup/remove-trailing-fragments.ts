// Trims what dangles after the article's last sentence: short labels ("Multimedia",
// "Share This Article", "Posted"), link lines and a heading with nothing under it.
// It stops at the first block that reads like text (a sentence, or eight words and
// more) or that holds media, so the article's own last paragraph always stays.
import { byTags, hasTag, tagList } from './by-tag';
import type { CleanupPass } from './context';
import { isTextList } from './remove-link-lists';
import { isSignOff } from './boilerplate-phrases';
import { flatText, hasMedia, hasText, isBlock, linkDensity, sameTextWrapper, wordCount } from './text';

/** Fewer words and no closing punctuation: a label, not a line of the article. */
const MAX_LABEL_WORDS = 6;
/** A link line ("More: …", "• Giants knock Cowboys out") up to this many words. */
const MAX_LINK_LINE_WORDS = 20;
/** At most this many blocks go, and never more than this share of the text. */
const MAX_BLOCKS = 12;
const MAX_SHARE = 0.15;

// With the full-width forms that close Chinese and Japanese sentences.
const SENTENCE_END = /[.!?…:;"”»)。！？；：）」』]$/;
/** Chinese and Japanese write words without spaces: about two characters a word. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const labelWords = (text: string) => wordCount(text) + Math.floor((text.match(CJK)?.length ?? 0) / 2);

const BLOCK_TAGS = tagList('p, div, li, h1, h2, h3, h4, h5, h6, table, ul, ol, blockquote, figure');

/** The last element in document order that holds text and has no block child holding text. */
function lastLeafBlock(root: Element): Element | null {
  let el: Element = root;
  for (;;) {
    let next: Element | null = null;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
      if (!hasText(child) && !hasMedia(child)) continue;
      if (isBlock(child) || hasTag(child, BLOCK_TAGS)) next = child;
      break;
    }
    if (!next) return el === root ? null : el;
    // Text after the last block child (a loose line under a <br>) belongs to el itself.
    let tail = '';
    for (let n = next.nextSibling; n; n = n.nextSibling) tail += n.textContent ?? '';
    if (tail.trim()) return el === root ? null : el;
    el = next;
  }
}

function isDangling(el: Element): boolean {
  // A command or a code line is the article's, however short.
  if (hasMedia(el) || el.tagName === 'PRE' || hasTag(el, ['pre', 'code'])) return false;
  const text = flatText(el);
  const words = labelWords(text);
  // A heading with nothing under it, unless it is written as sentences (a closing pull quote).
  if (/^H[1-6]$/.test(el.tagName)) return !(/[.!?…]["”»)]?$/.test(text) && (text.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 6);
  if (words <= MAX_LABEL_WORDS && isSignOff(text)) return false;
  // A label that announces what follows ("Von:", "Fotos:") with nothing after it.
  if (words <= MAX_LABEL_WORDS && /[:：]$/.test(text)) return true;
  if (words <= MAX_LABEL_WORDS && !SENTENCE_END.test(text)) return true;
  return words <= MAX_LINK_LINE_WORDS && linkDensity(el) > 0.5;
}

/**
 * Pull quotes: a heading or quote box, written as a sentence of six words and more, that the
 * article already says in one of its paragraphs. The copy goes, the paragraph stays.
 */
export function removePullQuoteRepeats(root: Element): number {
  const paragraphs = byTags(root, ['p']).map((p) => ({ p, text: flatText(p) })).filter((x) => x.text);
  let removed = 0;
  for (const el of byTags(root, ['h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'aside'])) {
    if (!root.contains(el) || hasTag(el, ['p']) || hasMedia(el)) continue;
    const text = flatText(el);
    if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length < 6) continue;
    // A quote is a sentence; a subheading that a paragraph's words happen to repeat is not.
    if (!/[.!?…]["”»“]?$/.test(text)) continue;
    // Not the paragraph that holds the heading itself (Readability turns some boxes into <p>).
    if (paragraphs.some((x) => !x.p.contains(el) && x.text.includes(text))) {
      el.remove();
      removed++;
    }
  }
  return removed;
}

const LEAF_CANDIDATES = tagList('p, div, li, h1, h2, h3, h4, h5, h6, td, dd, dt, blockquote, section, header');
const HAS_BLOCK = tagList('p, div, li, h1, h2, h3, h4, h5, h6, table, ul, ol, blockquote, figure, section, header, dl, td');

/** A line of the story: eight words and more, mostly outside links. */
const isStoryLine = (el: Element) => wordCount(flatText(el)) >= 8 && linkDensity(el) <= 0.5;

/**
 * Link lines above the story's first line: section links, breadcrumbs, "News: ePaper | Front
 * Page | ..." bars. Labels without links stay (a kicker, a dek); so does anything with media.
 */
export function removeLeadingLinkLines(root: Element): number {
  const total = flatText(root).length;
  let cut = 0;
  let removed = 0;
  for (const el of byTags(root, LEAF_CANDIDATES)) {
    if (!root.contains(el) || hasTag(el, HAS_BLOCK)) continue;
    const text = flatText(el);
    if (!text) continue;
    if (isStoryLine(el)) break;
    if (hasMedia(el) || linkDensity(el) <= 0.5 || wordCount(text) > 40) continue;
    // A linked item of a list written as text ("Highlights: - [Here's our Year in Review!](…)
    // - We've just landed…") is the story's own, however it begins.
    if (el.tagName === 'LI' && el.parentElement && isTextList(el.parentElement)) continue;
    cut += text.length;
    if (cut > total * MAX_SHARE) break;
    el.remove();
    removed++;
  }
  return removed;
}

export function removeTrailingFragments(root: Element): number {
  let removed = removePullQuoteRepeats(root) + removeLeadingLinkLines(root);
  const total = flatText(root).length;
  let cut = 0;
  while (removed < MAX_BLOCKS) {
    const leaf = lastLeafBlock(root);
    if (!leaf || !isDangling(leaf)) break;
    cut += flatText(leaf).length;
    if (cut > total * MAX_SHARE) break;
    // Remove the wrappers the leaf leaves empty, but not one holding a picture.
    sameTextWrapper(leaf, root, true).remove();
    removed++;
  }
  return removed;
}

export const removeTrailingFragmentsPass: CleanupPass = {
  name: 'trailing-fragments',
  run: (root) => removeTrailingFragments(root),
};
