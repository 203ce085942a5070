// Many sites print the article's lead (standfirst, intro, excerpt, abstract) in the
// article header, beside the block of body paragraphs, not inside it: Readability takes
// the body block and drops the lead. The lead is found by its class before Readability
// runs (which moves and removes elements) and put back in front of the article when
// the article came from the same small part of the page, just below the lead.
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

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function isLead(el: Element): boolean {
  if (/^(H1|A|BUTTON|FIGURE|IMG|PICTURE|SCRIPT|STYLE|NAV|FOOTER|ASIDE|UL|OL|TABLE|FORM)$/.test(el.tagName)) return false;
  if (!attributeWords(el).some((w) => LEAD_WORDS.has(w)) || junkReason(el)) return false;
  const text = shortFlatText(el, longerThan(MAX_WORDS * 12));
  if (!text) return false;
  const words = wordCount(text);
  return words >= MIN_WORDS && words <= MAX_WORDS && /[.!?…"”»)]$/.test(text) && linkDensity(el) < 0.2;
}

/**
 * What goes back: the lead's own paragraphs when it has some (an "intro" block may hold the
 * headline and the date too, and its paragraph sit in a "teaser-text" box the cleanup
 * would take for a teaser of another story), else the lead itself.
 */
function leadCopy(el: Element): Element {
  const copy = el.ownerDocument.createElement('div');
  const paragraphs = Array.from(el.getElementsByTagName('p')).filter((p) => !junkReason(p));
  for (const part of paragraphs.length ? paragraphs : [el]) copy.appendChild(part.cloneNode(true));
  // A date stamped into the lead's paragraph ("<span class=date>19.10.2019</span>Am 8. Spieltag…")
  // would run into its first word; the date goes to the front matter.
  for (const stamp of Array.from(copy.querySelectorAll('time, [class~="date"], [class~="time"]'))) stamp.remove();
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
export function findLeads(doc: Document, all: readonly Element[] = doc.body ? byTags(doc.body, ['*']) : []): LeadCandidates {
  const order = new WeakMap<Element, number>();
  const last = new WeakMap<Element, Element>();
  const leads: Lead[] = [];
  // Each block is measured once, from the child already measured: teasers of one list share
  // their ancestors, and a chain of ancestors reads each part of the page once.
  const lengths = new Map<Element, number | undefined>();
  const marked: Element[] = [];
  for (const el of all) {
    if (marked.length >= MAX_LEADS) break;
    // A cheap look at the raw names first: most elements name no lead at all. (A selector
    // with [class*=… i] for each word is 20 times slower on jsdom.)
    if (!LEAD_HINT.test(classAndId(el))) continue;
    // The outermost marked element only: its parts are not leads of their own.
    if (isLead(el) && !marked.some((lead) => lead.contains(el))) marked.push(el);
  }
  // Most pages have no lead to put back: then no element's place is recorded.
  if (!marked.length) return { leads, order, last };
  all.forEach((el, i) => order.set(el, i));
  for (const el of marked) {
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
    const copy = leadCopy(el);
    leads.push({ el, copy, text: norm(el.textContent ?? ''), copyText: norm(copy.textContent ?? ''), ancestors });
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
    if (!common || common.length > articleText.length + lead.text.length + slack) continue;
    const holder = article.firstElementChild ?? article;
    holder.insertBefore(lead.copy.cloneNode(true), holder.firstChild);
    restored++;
  }
  return restored;
}
