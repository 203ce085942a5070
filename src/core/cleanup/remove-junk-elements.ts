// Removes furniture found by attributes (ads, share bars, newsletter boxes, related
// blocks, bylines...) unless the element holds a large part of the article: some
// sites put such words on the article body itself ("paywall", "story-body social").
import { byTags, childElements, closestTag } from './by-tag';
import type { CleanupPass } from './context';
import { junkReason } from './junk-attributes';
import { JUNK_TAGS } from './patterns';
import { flatText } from './text';

/** Largest share of the root's text a furniture element may hold and still be removed. */
const MAX_SHARE = 0.25;

const INLINE = /^(A|SPAN|B|STRONG|EM|I|U|SMALL|TIME|ABBR|CODE|SUP|SUB|MARK|FONT|CITE|Q)$/;

/** An inline element inside running text ("<p><a id="auto-tag_x">Twitter</a> erupted…"): a word of the sentence. */
function inSentence(el: Element): boolean {
  if (!INLINE.test(el.tagName) || !el.parentElement) return false;
  return flatText(el.parentElement).length > flatText(el).length + 20;
}

/**
 * The label of a heading ("<h2><a class="toc-backref">Setting up</a>¶</h2>" on Sphinx
 * pages): the class names the link's target, the text is the section's title.
 */
function headingLabel(el: Element): boolean {
  if (!INLINE.test(el.tagName)) return false;
  const heading = el.parentElement && closestTag(el.parentElement, ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
  if (!heading) return false;
  const own = flatText(el).trim().length;
  return own > 0 && own * 2 >= flatText(heading).trim().length;
}

/** Replaces a form by a <div> holding the same children. */
function unwrapForm(form: Element): void {
  const div = form.ownerDocument.createElement('div');
  while (form.firstChild) div.appendChild(form.firstChild);
  form.replaceWith(div);
}

export function removeJunkElements(root: Element, maxShare = MAX_SHARE): number {
  let removed = 0;
  const rootText = flatText(root).length;
  for (const el of byTags(root, JUNK_TAGS)) {
    // A form may wrap a whole article on old ASP.NET pages: keep forms with real text
    // (a short article wrapped whole counts too).
    // It becomes a <div>: the Markdown converter drops forms whole.
    if (el.tagName === 'FORM' && (flatText(el).length > 400 || flatText(el).length > rootText * MAX_SHARE)) {
      unwrapForm(el);
      continue;
    }
    el.remove();
    removed++;
  }
  const total = Math.max(1, flatText(root).length);
  const walk = (el: Element): void => {
    for (const child of childElements(el)) {
      if (junkReason(child) && flatText(child).length <= total * maxShare && !inSentence(child) && !headingLabel(child)) {
        child.remove();
        removed++;
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  return removed;
}

export const removeJunkElementsPass: CleanupPass = {
  name: 'junk-elements',
  run: (root) => removeJunkElements(root),
};
