// Readability's last cleaning (_cleanConditionally) drops a block of the chosen article on
// counts that say "not an article part": a class word it dislikes ("hidden" in
// "field--label-hidden", "widget"), more pictures than paragraphs (a recipe's steps, each
// with its photo), a few links in the text (a privacy statement naming its pages). Some of
// those blocks are the article's own running prose. Here such a block stays when it is
// plainly prose — several sentences, few of them links, no form, no furniture class — and
// every other block goes as before, so related lists, share bars and comments still go.
import type { Readability } from '@mozilla/readability';
import { hasTag } from '../cleanup/by-tag';
import { junkReason } from '../cleanup/junk-attributes';
import { flatText, linkDensity, wordCount } from '../cleanup/text';

type Filter = (this: unknown, node: Element, ...rest: unknown[]) => boolean;

interface ReaderInternals {
  _cleanConditionally?: (e: Element, tag: string) => void;
  _removeNodes?: (list: ArrayLike<Element>, filter?: Filter) => void;
}

/** Readability helpers this module wraps: a test checks the library still has them. */
export const WRAPPED_HELPERS = ['_cleanConditionally', '_removeNodes'] as const;

// A single paragraph or two is what a promo, a copyright line or a teaser looks like too.
const MIN_PARAGRAPHS = 3;
const MIN_WORDS = 50;
/** Share of the block's text in prose paragraphs: a heading or a caption may sit beside them. */
const MIN_PROSE_SHARE = 0.8;
const MAX_LINK_DENSITY = 0.35;
const FORM_TAGS = ['form', 'input', 'button', 'select', 'textarea'];

/**
 * A word of two letters or more closing with sentence punctuation, maybe a quote after,
 * and no word going on after it.
 */
const SENTENCE_END = /\p{L}{2}[.!?…]+["'”’»)]*(?![\p{Ll}\p{N}])/u;

/** Paragraphs and list items that hold no other paragraph or item (each text read once). */
function leafParagraphs(el: Element): Element[] {
  const ps = el.getElementsByTagName('p');
  const lis = el.getElementsByTagName('li');
  // Most blocks Readability drops hold fewer: no text is read for them.
  if (ps.length + lis.length < MIN_PARAGRAPHS) return [];
  const out: Element[] = Array.from(ps);
  for (const li of Array.from(lis)) {
    if (!li.getElementsByTagName('p').length && !li.getElementsByTagName('li').length) out.push(li);
  }
  return out;
}

/**
 * Nearly all its text in paragraphs (or list items) that hold a sentence and few links,
 * three of them at least, no form, no class naming furniture.
 */
export function isRunningProse(el: Element): boolean {
  const leaves = leafParagraphs(el);
  if (leaves.length < MIN_PARAGRAPHS) return false;
  const total = flatText(el).length;
  let proseChars = 0;
  let proseWords = 0;
  let paragraphs = 0;
  for (const p of leaves) {
    const text = flatText(p);
    if (!SENTENCE_END.test(text) || linkDensity(p) >= MAX_LINK_DENSITY) continue;
    proseChars += text.length;
    proseWords += wordCount(text);
    paragraphs++;
  }
  if (paragraphs < MIN_PARAGRAPHS || proseWords < MIN_WORDS || proseChars < MIN_PROSE_SHARE * total) return false;
  if (hasTag(el, FORM_TAGS)) return false;
  return junkReason(el) === null;
}

/** Makes `reader`'s conditional cleaning keep running prose. */
export function keepRunningProse<T>(reader: Readability<T>): Readability<T> {
  const r = reader as unknown as ReaderInternals;
  if (WRAPPED_HELPERS.some((name) => typeof r[name] !== 'function')) return reader;
  const cleanConditionally = r._cleanConditionally!;
  const removeNodes = r._removeNodes!;
  r._cleanConditionally = function (this: ReaderInternals, e, tag) {
    // Its one _removeNodes call gets a filter that spares prose; other callers keep theirs.
    this._removeNodes = function (this: unknown, list, filter) {
      const spare: Filter | undefined = filter && function (this: unknown, node, ...rest) {
        return filter.call(this, node, ...rest) && !isRunningProse(node);
      };
      return removeNodes.call(this, list, spare);
    };
    try {
      cleanConditionally.call(this, e, tag);
    } finally {
      this._removeNodes = removeNodes;
    }
  };
  return reader;
}
