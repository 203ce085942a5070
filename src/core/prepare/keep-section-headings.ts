// Readability removes the first <h1>/<h2> whose words are mostly the title's, taking it for
// the headline repeated in the page. When the headline itself sits in a block Readability
// has already dropped as unlikely ("entry-header"), that first match is a heading further
// down: a section of the story ("Im Gespräch mit MYMARINI-Gründerin Mareen Burk" under the
// headline "… Interview mit Gründerin Mareen Burk"), and it went. A heading that comes after
// an <h1> repeating the title, and after a paragraph of the story's text, is a section's.
// (One at the top of the body, before any text, is the headline printed again: it still goes.)
import type { Readability } from '@mozilla/readability';
import { flatText } from '../cleanup/text';

interface ReaderInternals {
  _headerDuplicatesTitle?: (node: Element) => boolean;
}

/** Readability helpers this module wraps: a test checks the library still has them. */
export const WRAPPED_TITLE_HELPERS = ['_headerDuplicatesTitle'] as const;

/** A paragraph this long is the story's text, not a kicker, a date or a label. */
const MIN_PARAGRAPH_CHARS = 80;

/** Whether a paragraph of text comes before `heading` among its siblings. */
export function followsParagraph(heading: Element): boolean {
  for (let el = heading.previousElementSibling; el; el = el.previousElementSibling) {
    if (el.tagName === 'P' && flatText(el).length >= MIN_PARAGRAPH_CHARS) return true;
  }
  return false;
}

/**
 * Makes `reader` keep a heading that repeats the title's words when the page's headline came
 * before it. Call before parse, with the page's elements in document order as they are now:
 * Readability removes blocks (the headline's among them) before it asks. (The caller's list
 * of all elements: merging the <h1> and <h2> lists into document order costs more on jsdom.)
 */
export function keepSectionHeadings<T>(reader: Readability<T>, all: readonly Element[]): Readability<T> {
  const r = reader as unknown as ReaderInternals;
  if (WRAPPED_TITLE_HELPERS.some((name) => typeof r[name] !== 'function')) return reader;
  const duplicatesTitle = r._headerDuplicatesTitle!;
  const headings = all.filter((el) => el.localName === 'h1' || el.localName === 'h2');
  const order = new Map(headings.map((h, i) => [h, i]));
  r._headerDuplicatesTitle = function (this: unknown, node) {
    if (!duplicatesTitle.call(this, node)) return false;
    const at = order.get(node);
    if (at === undefined || !followsParagraph(node)) return true;
    // The headline before it, wherever Readability has put that by now.
    for (let i = 0; i < at; i++) {
      if (headings[i].tagName === 'H1' && duplicatesTitle.call(this, headings[i])) return false;
    }
    return true;
  };
  return reader;
}
