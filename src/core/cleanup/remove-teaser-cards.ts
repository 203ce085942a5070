// Cuts a run of teaser cards after the article: headings that are links to other pages of
// the same site, each with a picture and a short summary ("Patti Smith and Stewart Copeland
// join …" under a blog post, a magazine's "more articles" grid). One such heading may be a
// section title; two or more with little text each are the site's other stories.
import type { CleanupPass } from './context';
import { cutFrom, hasWordsBefore } from './remove-trailing-sections';
import { flatText, linkDensity, wordCount } from './text';
import { siteShortName } from '../site-short-name';

/** Article words that must stand before the first card. */
const MIN_WORDS_BEFORE = 50;
/** A card's summary is short: more words a card on average and the run is article text. */
const MAX_WORDS_PER_CARD = 100;
/** A headline, not a paragraph set as a heading. */
const MAX_HEADING_WORDS = 30;

function samePage(href: string, url: string): boolean {
  try {
    const a = new URL(href, url);
    const b = new URL(url);
    return a.host === b.host && a.pathname === b.pathname;
  } catch {
    return true;
  }
}

/** A heading that is one link to another page of the page's own site. */
function isTeaserHeading(h: Element, url: string, site: string): boolean {
  const links = h.getElementsByTagName('a');
  if (links.length !== 1) return false;
  const href = links[0].getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || samePage(href, url) || siteShortName(new URL(href, url).href) !== site) return false;
  const text = flatText(h);
  return wordCount(text) <= MAX_HEADING_WORDS && linkDensity(h) > 0.9;
}

/** Words in the siblings before node, counted up to `limit`. */
function wordsBefore(node: Node, limit: number): number {
  let words = 0;
  for (let n = node.previousSibling; n && words < limit; n = n.previousSibling) words += wordCount(n.textContent ?? '');
  return words;
}

/**
 * The box the first card opens: its highest ancestor with no text before the card but a
 * picture's caption (the article's text may stand in <div>s as well as <p>s).
 */
function cardBox(root: Element, h: Element): Element {
  let node = h;
  for (;;) {
    const parent = node.parentElement;
    if (!parent || parent === root || wordsBefore(node, 20) >= 20) return node;
    node = parent;
  }
}

/** Words from el (included) to the end of root. */
function wordsFrom(root: Element, el: Element): number {
  let words = wordCount(flatText(el));
  let node: Element | null = el;
  while (node && node !== root) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) words += wordCount(flatText(next));
    node = node.parentElement;
  }
  return words;
}

/** How far above a link its heading may stand ("<h2><span><a>…</a></span></h2>"). */
const MAX_LINK_DEPTH = 3;

/**
 * Headings that hold one link, in document order. Found from the links up: one walk of
 * the tree for the links instead of one for each heading level.
 */
function linkedHeadings(root: Element): Element[] {
  const out: Element[] = [];
  const links = root.getElementsByTagName('a');
  for (let i = 0, n = links.length; i < n; i++) {
    let el = links[i].parentElement;
    for (let depth = 0; el && el !== root && depth < MAX_LINK_DEPTH; depth++, el = el.parentElement) {
      if (!/^H[2-6]$/.test(el.tagName)) continue;
      if (out[out.length - 1] !== el && el.getElementsByTagName('a').length === 1) out.push(el);
      break;
    }
  }
  return out;
}

export function removeTeaserCards(root: Element, url: string): number {
  // Cheap first: most articles have fewer than two headings that hold a link.
  const candidates = linkedHeadings(root);
  if (candidates.length < 2) return 0;
  const site = siteShortName(url);
  if (!site) return 0;
  const cards = candidates.filter((h) => isTeaserHeading(h, url, site));
  // Stories, not headings: a card's "Read the rest" heading links to its story again.
  const stories = new Set(cards.map((h) => h.getElementsByTagName('a')[0].getAttribute('href')));
  if (stories.size < 2) return 0;
  const first = cards[0];
  if (!hasWordsBefore(root, first, MIN_WORDS_BEFORE)) return 0;
  const box = cardBox(root, first);
  if (wordsFrom(root, box) > stories.size * MAX_WORDS_PER_CARD) return 0;
  cutFrom(root, box);
  return 1;
}

export const removeTeaserCardsPass: CleanupPass = {
  name: 'teaser-cards',
  setsBaseline: true,
  run: (root, ctx) => removeTeaserCards(root, ctx.url),
};
