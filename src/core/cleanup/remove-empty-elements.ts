// Removes elements left without text or media (ad slots, spacer <p>&nbsp;</p>).
import { byTags } from './by-tag';
import type { CleanupPass } from './context';
import { hasMedia, someText } from './text';

const KEEP_EMPTY = /^(IMG|PICTURE|SOURCE|VIDEO|AUDIO|IFRAME|BR|HR|TD|TH|TR|COL|COLGROUP)$/;

export function removeEmptyElements(root: Element): number {
  let removed = 0;
  // Deepest first, so a parent emptied by its children's removal goes too.
  const all = byTags(root, ['*']).reverse();
  for (const el of all) {
    // Text first: most elements have some, and finding it is cheaper than looking for media.
    if (KEEP_EMPTY.test(el.tagName) || someText(el, /[^\s\u00a0\u200b]/)) continue;
    if (!hasMedia(el)) {
      el.remove();
      removed++;
    }
  }
  return removed + removeEdgeRules(root);
}

/**
 * Rules (<hr>) with no text before or after them in the article: they separate nothing,
 * and a body that opens with '---' reads as a second front-matter fence to Markdown tools.
 */
export function removeEdgeRules(root: Element): number {
  let removed = 0;
  for (const hr of byTags(root, ['hr'])) {
    const range = root.ownerDocument.createRange();
    range.selectNodeContents(root);
    range.setEndBefore(hr);
    const before = range.toString().trim();
    range.selectNodeContents(root);
    range.setStartAfter(hr);
    const after = range.toString().trim();
    if (!before || !after) {
      hr.remove();
      removed++;
    }
  }
  return removed;
}

export const removeEmptyElementsPass: CleanupPass = {
  name: 'empty-elements',
  run: (root) => removeEmptyElements(root),
};
