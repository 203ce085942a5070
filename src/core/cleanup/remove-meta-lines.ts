// Removes datelines and bylines ("By Jane Doe, AP Writer", "Updated: Jan. 5, 2008 11:43 EST")
// wherever they stand in the article: the front matter has the author and the date.
import { byTags, hasTag, tagList } from './by-tag';
import type { CleanupPass } from './context';
import { isAgedBylineLine, isAttributedDateLine, isBylineLine, isCreditLine, isDateBylineLine, isDateLine, isDateNameLine } from './meta-lines';
import { flatTextIs, longerThan, onOwnLine, sameTextWrapper, shortFlatText } from './text';

const CANDIDATES = tagList('p, div, h1, h2, h3, h4, h5, h6, li, dd, dt, address, time, span, strong, em, b, i, small, font');
const MEDIA = ['img', 'picture', 'video', 'iframe', 'table'];
/** Longer text is never a dateline or a byline. */
const MAX_CHARS = 160;

export function removeMetaLines(root: Element): number {
  let removed = 0;
  for (const el of byTags(root, CANDIDATES)) {
    if (!root.contains(el)) continue;
    const text = shortFlatText(el, longerThan(MAX_CHARS));
    if (!text) continue;
    // An inline element counts only when it is the whole of its parent ("<p><em>By Jane Doe</em></p>")
    // or a line of its own ("…</p><br><span><b>Von:</b> <p>Götz Warnke</p></span>").
    if (/^(SPAN|STRONG|EM|B|I|SMALL|FONT|TIME)$/.test(el.tagName) && !flatTextIs(el.parentElement ?? el, text) && !onOwnLine(el)) continue;
    // The text tests first: most lines fail them, and they cost less than a media search.
    if (!isDateLine(text) && !isBylineLine(text) && !isCreditLine(text) && !isAttributedDateLine(text) && !isAgedBylineLine(text) && !isDateNameLine(text) && !isDateBylineLine(text)) continue;
    if (hasTag(el, MEDIA)) continue;
    sameTextWrapper(el, root).remove();
    removed++;
  }
  return removed;
}

export const removeMetaLinesPass: CleanupPass = {
  name: 'meta-lines',
  run: (root) => removeMetaLines(root),
};
