// Some pages print the article only inside <noscript> (Blogger's post bodies, old portals
// wrapping the whole page in one) and build it with scripts otherwise. Parsed without
// scripting (the CLI, a captured page), the text is there as elements, but Readability
// removes every <noscript> first and then finds nothing, or a headline. Such pages get a
// second Readability run with their noscripts unwrapped.
import { byTags } from '../cleanup/by-tag';
import { shortFlatText, wordCount } from '../cleanup/text';

/** A noscript with at least this many words holds text, not a tracking pixel or an image. */
const MIN_WORDS = 40;

/** True when some <noscript> of the page holds text. */
export function hasNoscriptText(doc: Document): boolean {
  return byTags(doc, ['noscript']).some((el) => shortFlatText(el, (text) => wordCount(text) >= MIN_WORDS) === null);
}

/** Replaces every <noscript> by a <div> holding its children. */
export function unwrapNoscripts(doc: Document): void {
  // Innermost first, so an outer one moves children that are already unwrapped.
  for (const el of byTags(doc, ['noscript']).reverse()) {
    const div = doc.createElement('div');
    while (el.firstChild) div.appendChild(el.firstChild);
    el.replaceWith(div);
  }
}

/**
 * The page as it is now, for the second run: Readability changes the page it reads. Its
 * HTML rather than a copy of the document: serializing costs a fraction of a copy in
 * jsdom, and the HTML is parsed again only for the rare page whose first run finds nothing.
 */
export interface SavedPage {
  restore(): Document;
}

/**
 * True when `parser` parses a <noscript>'s content as elements, as the page's own parser
 * did (scripting off). A jsdom document without a window parses it as text: no use.
 */
function readsNoscriptElements(parser: Document): boolean {
  const probe = parser.createElement('div');
  probe.innerHTML = '<noscript><i></i></noscript>';
  return !!probe.firstElementChild?.firstElementChild;
}

/** `doc` saved as HTML, to be parsed again by `parser`; null when `parser` cannot. */
export function savePage(doc: Document, parser: Document): SavedPage | null {
  if (!readsNoscriptElements(parser)) return null;
  const attributes = Array.from(doc.documentElement.attributes, (attr): [string, string] => [attr.name, attr.value]);
  const html = doc.documentElement.innerHTML;
  return {
    // A document at the page's address, without a browsing context: nothing in it loads.
    restore: () => {
      const copy = doc.cloneNode(false) as Document;
      const root = parser.createElement('html');
      for (const [name, value] of attributes) {
        try {
          root.setAttribute(name, value);
        } catch {
          // A name the parser accepted but setAttribute refuses ('"lang'): no loss.
        }
      }
      // eslint-disable-next-line no-unsanitized/property -- the page's own HTML, into a detached element: nothing runs or loads.
      root.innerHTML = html;
      copy.appendChild(root);
      return copy;
    },
  };
}
