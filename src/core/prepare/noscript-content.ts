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
