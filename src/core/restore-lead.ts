// Many sites print the article's lead (standfirst, intro, excerpt, abstract) in the
// article header, beside the block of body paragraphs, not inside it: Readability takes
// the body block and drops the lead. The lead is found by its class before Readability
// runs (which moves and removes elements) and put back in front of the article when
// the article came from the same small part of the page, just below the lead. A block
// whose text opens with the page's own description (meta description, og:description) is
// a lead too, whatever its class: that is the standfirst the site wrote for the story.
import { byTags } from './cleanup/by-tag';
import { classAndId } from './cleanup/class-and-id';
import { attributeWords, junkReason } from './cleanup/junk-attributes';
import { linkDensity, longerThan, shortFlatText, wordCount } from './cleanup/text';

/** Class or id words that name a lead ("ts-intro", "article-single__excerpt", "field-abstract"). */
const LEAD_WORDS = new Set(['intro', 'lead', 'lede', 'leadin', 'standfirst', 'abstract', 'excerpt', 'dek', 'deck']);
/** A lead is a sentence or a few paragraphs: fewer words is a label, more is a body of its own. */
const MIN_WORDS = 10;
const MAX_WORDS = 300;
/** Teaser lists mark every teaser's text as an abstract: enough for them and the real lead. */
const MAX_LEADS = 40;
/**
 * The lead's and the article's smallest common block may hold this much text (characters)
 * besides the two: the headline, a byline, a date, pictures' captions, share bars, a box of
 * links beside the story — on a news page easily as much again as the story. A block of
 * many stories (a teaser list's leads) holds several times the article.
 */
const MIN_SLACK = 1500;
const SLACK_SHARE = 1.5;
/** Ancestors longer than this are not measured: no article is near the lead there. */
const MAX_SPAN = 60000;

interface Lead {
  el: Element;
  copy: Element;
  text: string;
  /** The copy's text: what goes back (a lead block's headline does not). */
  copyText: string;
  /** Ancestors, nearest first, with the length of their text before Readability ran. */
  ancestors: Array<{ el: Element; length: number }>;
  /** Known by its class (else by the page's description, which ties it to this story). */
  named: boolean;
}

export interface LeadCandidates {
  leads: Lead[];
  /** Position of every element of the page in document order, before Readability ran. */
  order: WeakMap<Element, number>;
  /** The last element inside each ancestor above, in document order. */
  last: WeakMap<Element, Element>;
}

/** Every word of LEAD_WORDS as a substring: a superset of the word test, to skip the rest fast. */
const LEAD_HINT = /intro|lead|lede|standfirst|abstract|excerpt|dek|deck/i;

/** A date stamp: time, [class~="date"], [class~="time"]. */
const isStamp = (el: Element): boolean => el.localName === 'time' || el.classList.contains('date') || el.classList.contains('time');

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** This many characters of a block's first text must open the description: less is a label. */
const DESCRIPTION_PREFIX = 40;
/** Blocks that may hold a standfirst (inline elements are parts of one). */
const BLOCK = /^(P|DIV|H[2-6]|SECTION|HEADER|BLOCKQUOTE)$/;

/**
 * Whether `el`'s text opens with the page's description: its first text, before any child
 * element, is long enough and is the description's beginning.
 */
function opensDescription(el: Element, description: string): boolean {
  if (!BLOCK.test(el.tagName)) return false;
  let first = el.firstChild;
  while (first && first.nodeType === 3 && !(first as Text).data.trim()) first = first.nextSibling;
  if (!first || first.nodeType !== 3 || (first as Text).data.length < DESCRIPTION_PREFIX) return false;
  // Asked of every block of a page with a description: only the text's opening is read.
  const start = norm((first as Text).data.slice(0, DESCRIPTION_PREFIX * 4)).slice(0, DESCRIPTION_PREFIX);
  return start.length === DESCRIPTION_PREFIX && description.startsWith(start);
}

/** Hidden by the page itself: not shown, so no lead. */
function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/**
 * A lead named by its class, or (`named` false) one whose text opens the description: its
 * class words do not count against it then ("hero__teaser": German sites call the standfirst
 * the Teaser), only its being hidden does.
 */
function isLead(el: Element, named = true): boolean {
  if (/^(H1|A|BUTTON|FIGURE|IMG|PICTURE|SCRIPT|STYLE|NAV|FOOTER|ASIDE|UL|OL|TABLE|FORM)$/.test(el.tagName)) return false;
  if (named ? !attributeWords(el).some((w) => LEAD_WORDS.has(w)) || junkReason(el) : isHidden(el)) return false;
  const text = shortFlatText(el, longerThan(MAX_WORDS * 12));
  if (!text) return false;
  const words = wordCount(text);
  return words >= MIN_WORDS && words <= MAX_WORDS && /[.!?…"”»)]$/.test(text) && linkDensity(el) < 0.2;
}

/**
 * A copy of `part`; a heading becomes a paragraph: a standfirst set in an <h2> is a sentence
 * or two of the story, not the title of a section.
 */
function asParagraph(part: Element, named: boolean): Element {
  if (!/^H[2-6]$/.test(part.tagName)) {
    const copy = part.cloneNode(true) as Element;
    // A lead known by the description keeps no class the cleanup would take for junk.
    if (!named) for (const name of ['class', 'id']) copy.removeAttribute(name);
    return copy;
  }
  const p = part.ownerDocument.createElement('p');
  for (const child of Array.from(part.childNodes)) p.appendChild(child.cloneNode(true));
  return p;
}

/**
 * What goes back: the lead's own paragraphs when it has some (an "intro" block may hold the
 * headline and the date too, and its paragraph sit in a "teaser-text" box the cleanup
 * would take for a teaser of another story), else the lead itself.
 */
function leadCopy(el: Element, named: boolean): Element {
  const copy = el.ownerDocument.createElement('div');
  const paragraphs = Array.from(el.getElementsByTagName('p')).filter((p) => !junkReason(p));
  for (const part of paragraphs.length ? paragraphs : [el]) copy.appendChild(asParagraph(part, named));
  // A date stamped into the lead's paragraph ("<span class=date>19.10.2019</span>Am 8. Spieltag…")
  // would run into its first word; the date goes to the front matter.
  for (const stamp of byTags(copy, ['*']).filter(isStamp)) stamp.remove();
  return copy;
}

const HIDDEN = /^(SCRIPT|STYLE|TEMPLATE)$/;

/**
 * Characters of text (whitespace runs count one) below `el` outside scripts and styles,
 * from `start` on and without its child `skip` (already counted in `start`), or undefined
 * past MAX_SPAN: an <article> often carries its JSON-LD, as long as the story itself.
 */
function visibleLength(el: Element, start = 0, skip: Element | null = null): number | undefined {
  let length = start;
  const visit = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child === skip) continue;
      if (child.nodeType === 3) {
        length += (child as Text).data.replace(/\s+/g, ' ').length;
        if (length > MAX_SPAN) return false;
      } else if (child.nodeType === 1 && !HIDDEN.test((child as Element).tagName) && !visit(child)) {
        return false;
      }
    }
    return true;
  };
  return visit(el) ? length : undefined;
}

/** The last element inside `el` in document order (itself when it has no child element). */
function lastDescendant(el: Element): Element {
  let last = el;
  while (last.lastElementChild) last = last.lastElementChild;
  return last;
}

/**
 * Run on the page before Readability: the leads it might drop, and where they stood.
 * `all`: the page's elements in document order, when the caller has them already.
 */
export function findLeads(doc: Document, all: readonly Element[] = doc.body ? byTags(doc.body, ['*']) : [], description: string | null = null): LeadCandidates {
  const order = new WeakMap<Element, number>();
  const last = new WeakMap<Element, Element>();
  const leads: Lead[] = [];
  // Each block is measured once, from the child already measured: teasers of one list share
  // their ancestors, and a chain of ancestors reads each part of the page once.
  const lengths = new Map<Element, number | undefined>();
  const marked: Array<{ el: Element; named: boolean }> = [];
  const summary = description ? norm(description) : '';
  for (const el of all) {
    if (marked.length >= MAX_LEADS) break;
    // A cheap look at the raw names first: most elements name no lead at all. (A selector
    // with [class*=… i] for each word is 20 times slower on jsdom.)
    const named = LEAD_HINT.test(classAndId(el)) && isLead(el);
    if (!named && !(summary && opensDescription(el, summary) && isLead(el, false))) continue;
    // The outermost marked element only: its parts are not leads of their own.
    if (!marked.some((lead) => lead.el.contains(el))) marked.push({ el, named });
  }
  // Most pages have no lead to put back: then no element's place is recorded.
  if (!marked.length) return { leads, order, last };
  all.forEach((el, i) => order.set(el, i));
  for (const { el, named } of marked) {
    const ancestors: Lead['ancestors'] = [];
    let below: Element = el;
    let belowLength = visibleLength(el);
    for (let a = el.parentElement; a && a !== doc.body && belowLength !== undefined; a = a.parentElement) {
      if (!lengths.has(a)) lengths.set(a, visibleLength(a, belowLength, below));
      const length = lengths.get(a);
      if (length === undefined) break;
      ancestors.push({ el: a, length });
      if (!last.has(a)) last.set(a, lastDescendant(a));
      below = a;
      belowLength = length;
    }
    const copy = leadCopy(el, named);
    leads.push({ el, copy, text: norm(el.textContent ?? ''), copyText: norm(copy.textContent ?? ''), ancestors, named });
  }
  return { leads, order, last };
}

/** The first element of the article that stood in the page before Readability ran. */
function firstOriginal(article: Element, order: WeakMap<Element, number>): Element | null {
  for (const el of byTags(article, ['*'])) if (order.has(el)) return el;
  return null;
}

/**
 * Puts back, at the top of Readability's article, a lead that stood just above the article's
 * first element in the page, in a block holding little else. Returns how many went back.
 */
export function restoreLeads(article: Element, found: LeadCandidates): number {
  if (!found.leads.length) return 0;
  const first = firstOriginal(article, found.order);
  const at = first ? found.order.get(first) : undefined;
  if (!first || at === undefined) return 0;
  const articleText = norm(article.textContent ?? '');
  const slack = Math.max(MIN_SLACK, articleText.length * SLACK_SHARE);
  let restored = 0;
  // Last first, so that leads keep their page order at the top.
  for (const lead of [...found.leads].reverse()) {
    const leadAt = found.order.get(lead.el);
    if (leadAt === undefined || leadAt >= at || article.contains(lead.el) || articleText.includes(lead.copyText.slice(0, 80))) continue;
    // The smallest block that held both the lead and the article's first element.
    const common = lead.ancestors.find(({ el }) => {
      const start = found.order.get(el);
      const lastInside = found.last.get(el);
      const end = lastInside ? found.order.get(lastInside) : undefined;
      return start !== undefined && end !== undefined && at > start && at <= end;
    });
    if (!common || (lead.named && common.length > articleText.length + lead.text.length + slack)) continue;
    const holder = article.firstElementChild ?? article;
    holder.insertBefore(lead.copy.cloneNode(true), holder.firstChild);
    restored++;
  }
  return restored;
}
