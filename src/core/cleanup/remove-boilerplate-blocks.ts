// Removes short blocks whose words say they are not the article: "Read more",
// "All rights reserved", "Sign up for our newsletter", in several languages.
import { byTags, tagList } from './by-tag';
import type { CleanupPass } from './context';
import { boilerplatePhrase, MAX_NOTICE_WORDS } from './boilerplate-phrases';
import { flatTextIs, sameTextWrapper, shortFlatText } from './text';

/**
 * More than the phrase test's word limit, and one more: a phrase's decoration ("- Anzeige")
 * may take one word off. The text is collapsed, so words are its spaces plus one; they are
 * counted only up to the limit (asked of most paragraphs, as their text grows).
 */
function tooLong(text: string): boolean {
  let spaces = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) if (++spaces > MAX_NOTICE_WORDS) return true;
  return false;
}

const CANDIDATES = tagList('p, li, h2, h3, h4, h5, h6, div, section, aside, footer, header, blockquote, span, strong, em, a, figcaption, small, dl, ul, ol');

export function removeBoilerplateBlocks(root: Element): number {
  let removed = 0;
  for (const el of byTags(root, CANDIDATES)) {
    if (!root.contains(el)) continue;
    // Longer text is never boilerplate: it is not read to the end.
    const text = shortFlatText(el, tooLong);
    if (text === null) continue;
    // Inline elements count only when they are the whole of their block ("<p><strong>Read more</strong></p>").
    if (/^(SPAN|STRONG|EM|A|SMALL)$/.test(el.tagName)) {
      const parent = el.parentElement;
      if (!parent || !flatTextIs(parent, text)) continue;
    }
    if (boilerplatePhrase(text)) {
      // The enclosing block goes too when it says no more than this element.
      sameTextWrapper(el, root).remove();
      removed++;
    }
  }
  return removed;
}

export const removeBoilerplateBlocksPass: CleanupPass = {
  name: 'boilerplate-blocks',
  run: (root) => removeBoilerplateBlocks(root),
};
