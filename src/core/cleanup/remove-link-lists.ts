// Lists and boxes made mostly of links are navigation or "related articles", not text.
import { byTags, childElements, closestTag, hasTag } from './by-tag';
import type { CleanupPass } from './context';
import { flatText, linkDensity, wordCount } from './text';
import { siteShortName } from '../site-short-name';

/** Share of link text above which a block counts as a link list. */
const LINK_DENSITY = 0.6;

/** The site's name without its suffix, so bbc.com and bbc.co.uk are one site. */
const siteOf = (href: string | null): string | null => siteShortName(href);

/**
 * A lone link line to another site, written as a title or an address, is the source or
 * document the text cites ("The generation we love to dump on" after a cartoon, a
 * petition's address after "sign this petition:"); one to the page's own site is a related
 * story or a "back to the list" link. A name or two ("Jamal Saidi/Reuters", "More jobs")
 * is a photo credit or a link to a section, whatever the site.
 */
function citesElsewhere(el: Element, text: string, pageSite: string | null): boolean {
  const site = siteOf(el.getElementsByTagName('a')[0]?.getAttribute('href') ?? null);
  if (!pageSite || !site || site === pageSite) return false;
  return wordCount(text) >= 4 || /^(https?:\/\/|www\.)\S+$/i.test(text);
}

/** Letters in a sibling text node: the element stands inside a sentence. */
const LETTERS = /[\p{L}\p{N}]/u;
const besideWords = (el: Element) =>
  [el.previousSibling, el.nextSibling].some((n) => n !== null && n.nodeType === 3 && LETTERS.test(n.nodeValue ?? ''));

/**
 * A navigation bar written as a run of inline links ("<span><a>ePaper</a> | <a>Front
 * Page</a> | ...</span>") standing between blocks, not inside a sentence.
 */
function isInlineLinkBar(el: Element): boolean {
  const links = Array.from(el.getElementsByTagName('a'));
  if (links.length < 4 || besideWords(el)) return false;
  const parent = el.parentElement;
  if (!parent || /^(P|LI|H[1-6]|A|SPAN|B|STRONG|EM|I|FONT)$/.test(parent.tagName)) return false;
  if (wordCount(flatText(el)) >= 80) return false;
  // Letters only: the '|' between the links are part of the bar.
  const letters = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
  let linked = 0;
  for (const a of links) linked += letters(a.textContent ?? '');
  return linked > 0.8 * letters(el.textContent ?? '');
}

/**
 * A list written as text: one item at least of ten words and more, few of them links
 * ("We've got the green light for another round of students hacking on…"). It is the
 * article's list, and so are the lists nested in it ("In progress:" and the
 * bugs being worked on): menus and related stories are links through and through.
 */
export function isTextList(list: Element): boolean {
  if (list.tagName !== 'UL' && list.tagName !== 'OL') return false;
  for (const li of childElements(list)) {
    if (li.tagName !== 'LI') continue;
    if (wordCount(flatText(li)) >= 10 && linkDensity(li) < 0.3) return true;
  }
  return false;
}

/**
 * The whole of a table cell beside other cells with text: the row's name or value ("Google
 * Maps | 32.7 MB | 17.5 MB"), not a line. A layout table's cell holds more than the link
 * (a sidebar of headlines), or the row has no other cell (a list of links drawn as a table).
 */
function isCellValue(el: Element, text: string): boolean {
  const cell = closestTag(el, ['td', 'th']);
  if (!cell || !cell.parentElement || flatText(cell).trim() !== text.trim()) return false;
  let filled = 0;
  for (const c of childElements(cell.parentElement)) if (flatText(c).trim()) filled++;
  return filled >= 2;
}

/** `pageUrl`: the page's address; without it every lone link line counts as the site's own. */
export function removeLinkLists(root: Element, pageUrl?: string): number {
  const pageSite = siteOf(pageUrl ?? null);
  let removed = 0;
  for (const el of byTags(root, ['span', 'font'])) {
    if (!root.contains(el) || !isInlineLinkBar(el)) continue;
    el.remove();
    removed++;
  }
  const textLists = new Set<Element>();
  for (const el of byTags(root, ['ul', 'ol', 'div', 'section', 'aside', 'p', 'table', 'dl'])) {
    if (!root.contains(el)) continue;
    if (isTextList(el)) {
      textLists.add(el);
      continue;
    }
    // Most articles have no text list: then no ancestor needs looking at.
    if (textLists.size > 0 && el.parentElement && closestTag(el.parentElement, ['ul', 'ol']) && [...textLists].some((list) => list.contains(el))) continue;
    const links = el.getElementsByTagName('a').length;
    if (links === 0) continue;
    const text = flatText(el);
    const density = linkDensity(el);
    // Lists: several items, nearly all link text. Paragraphs: a lone link line ("More: ..."),
    // short, so a sentence that merely quotes a link title survives.
    const isList = el.tagName === 'UL' || el.tagName === 'OL' || el.tagName === 'DL';
    const listLike = isList ? links >= 3 && density > LINK_DENSITY : links >= 2 && density > 0.8 && wordCount(text) < 80;
    // A list of one item that is one link to the page's own site is a lone link line too
    // ("<ul><li><a>The latest news about …</a></li></ul>" between two paragraphs: a related
    // story); one to another site may be the one entry of a list ("iPhone Apps: Vesper").
    const oneLinkList = isList && links === 1 && el.children.length === 1 && !!pageSite && siteOf(el.getElementsByTagName('a')[0].getAttribute('href')) === pageSite;
    const loneLink = (el.tagName === 'P' || oneLinkList) && links === 1 && density > 0.95 && wordCount(text) <= 12 && !hasTag(el, ['img']);
    if (listLike || (loneLink && !/[.!?]["”»)]?$/.test(text) && !citesElsewhere(el, text, pageSite) && !isCellValue(el, text))) {
      el.remove();
      removed++;
    }
  }
  return removed;
}

export const removeLinkListsPass: CleanupPass = {
  name: 'link-lists',
  run: (root, ctx) => removeLinkLists(root, ctx.url),
};
