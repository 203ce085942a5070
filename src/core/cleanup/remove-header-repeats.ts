// The headline, section label, byline and lead image belong to the front matter;
// they must not open the body a second time.
import { byTags, closestTag } from './by-tag';
import type { CleanupContext, CleanupPass } from './context';
import { flatText, flatTextIs, longerThan, shortFlatText, wordCount } from './text';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
/** Words only, for comparing a headline with a page title that adds the site's name. */
const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * True when a heading says the page's title: the same words, or the title with the site's
 * name added before or after ("Chelsea hoping to sign Anelka - Belfast Telegraph").
 */
export function repeatsTitle(heading: string, title: string): boolean {
  const h = bare(heading);
  const t = bare(title);
  if (!h || !t) return false;
  if (h === t) return true;
  return h.split(' ').length >= 3 && (t.startsWith(`${h} `) || t.endsWith(` ${h}`));
}

function samePath(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.host === y.host && x.pathname === y.pathname;
  } catch {
    return false;
  }
}

const HEADLINE_TAGS = /^(P|DIV|TD|TH|CENTER|B|STRONG|FONT|SPAN|BIG)$/;

/**
 * True when el's text is no longer than the title (plus the site name it may carry) and
 * the whole of its parent's text: a line of its own, not a word in a sentence.
 */
function isWholeLine(el: Element, title: string): boolean {
  const text = shortFlatText(el, longerThan(title.length + 10));
  if (!text) return false;
  if (/^(B|STRONG|FONT|SPAN|BIG)$/.test(el.tagName) && el.parentElement && !flatTextIs(el.parentElement, text)) {
    // A bold headline followed by a line break and the story in the same block.
    const next = el.nextSibling;
    if (!next || next.nodeName !== 'BR') return false;
  }
  return true;
}

/** Elements before the first real paragraph of text: where these repeats live. */
function leadingElements(root: Element): Element[] {
  const out: Element[] = [];
  for (const el of byTags(root, ['*'])) {
    if (el.tagName === 'P' && wordCount(flatText(el)) >= 12) break;
    out.push(el);
  }
  return out;
}

/** Elements that may hold the author's name alone above the story: a heading, a line, the photo. */
const AUTHOR_TAGS = /^(H[1-6]|P|DIV|SPAN|B|STRONG|A|IMG)$/;

/**
 * The author's name alone above the story ("<img alt="Mark Lavin"><h5>Mark Lavin</h5>":
 * an author box whose class went with Readability's rewrite): the front matter has it.
 * A heading or line with no picture in it, or a picture whose alt text is the name.
 */
function isAuthorRepeat(el: Element, authors: Set<string>): boolean {
  if (!AUTHOR_TAGS.test(el.tagName)) return false;
  if (el.tagName === 'IMG') return authors.has(norm(el.getAttribute('alt') ?? ''));
  const text = shortFlatText(el, longerThan(60));
  if (!text || !authors.has(norm(text)) || el.getElementsByTagName('img').length) return false;
  return !el.parentElement || flatTextIs(el.parentElement, text) || /^(H[1-6]|P|DIV)$/.test(el.tagName);
}

export function removeHeaderRepeats(root: Element, ctx: CleanupContext): number {
  let removed = 0;
  const { title, section, image } = ctx.metadata;
  const authors = new Set([ctx.metadata.author, ...ctx.metadata.authors].filter((a): a is string => !!a).map(norm));
  for (const el of leadingElements(root)) {
    if (!root.contains(el)) continue;
    if (authors.size && isAuthorRepeat(el, authors)) {
      el.remove();
      removed++;
      continue;
    }
    // The headline is often set in bold or a cell rather than a heading on old pages
    // ("<p><b>Mapping dark matter</b></p>"): a short block or inline element that is the
    // whole line counts too.
    const isHeading = !!title && (/^H[1-6]$/.test(el.tagName) || (HEADLINE_TAGS.test(el.tagName) && isWholeLine(el, title)));
    const sectionTag = !!section && /^(A|SPAN|DIV|P|H[1-6]|LI|UL)$/.test(el.tagName);
    // A short lone link above the headline is the section label ("Defense", "World › Europe").
    const kickerTag = el.tagName === 'A' && el.parentElement?.tagName === 'HEADER';
    // The text (of the whole article, for a wrapper) is read only when a test needs it.
    if (!isHeading && !sectionTag && !kickerTag) continue;
    const text = norm(flatText(el));
    const sameAsTitle = isHeading && repeatsTitle(text, title);
    const repeatsSection = sectionTag && text === norm(section);
    const kicker = kickerTag && wordCount(text) <= 3;
    if (sameAsTitle || repeatsSection || kicker) {
      el.remove();
      removed++;
    }
  }
  // The lead image: its first appearance before the text, or anywhere inside a header.
  for (const img of byTags(root, ['img'])) {
    const src = img.getAttribute('src') ?? '';
    const inHeader = !!closestTag(img, ['header']);
    if ((image && samePath(src, image)) || inHeader) {
      const figure = closestTag(img, ['figure']) ?? closestTag(img, ['picture']) ?? img;
      (closestTag(figure, ['header']) && !inHeader ? img : figure).remove();
      removed++;
      break;
    }
  }
  return removed;
}

export const removeHeaderRepeatsPass: CleanupPass = {
  name: 'header-repeats',
  run: (root: Element, ctx: CleanupContext) => removeHeaderRepeats(root, ctx),
};
