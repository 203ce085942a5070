// Some CMSs split a story into parts, one box per part (Drupal "paragraphs", TYPO3
// content elements, page-builder sections): a run of sibling boxes of the same kind,
// each with its own paragraphs. Readability scores each box on its own and keeps the
// best one (and what its sibling test lets in next to it), so the article loses its
// other parts. Such runs are marked before Readability runs; after it, when the article
// holds some boxes of a run, the others that still hold running text are put back.
import { byTags } from './cleanup/by-tag';
import { junkReason } from './cleanup/junk-attributes';
import { collapse, flatText, isBlock, linkDensity, linkedLength } from './cleanup/text';

/** Marks a box of a run: "run-box" numbers. Survives Readability's re-parse of the page. */
const MARK = 'data-mnc-part';

/** A paragraph of running text: this long, few of its characters in links. */
const MIN_PARAGRAPH = 80;
const MAX_LINK_SHARE = 0.25;
/** A box is this many levels above its paragraphs at most. */
const MAX_UP = 8;
/** A box put back holds at least this share of running text (the rest: a heading, a caption). */
const MIN_PROSE_SHARE = 0.5;
/**
 * The running text of the boxes of a run the article holds is this share of the article's
 * text (less: a teaser of it; more: a part of the page around it).
 */
const MIN_HELD = 0.5;
const MAX_HELD = 1.3;
/** A story comes in a few parts: dozens of boxes of one kind are a list (comments, teasers, results). */
const MAX_RUN = 16;
/** What of a box's first paragraph tells whether the article holds the box. */
const PROBE = 60;

interface Box {
  el: Element;
  mark: string;
  probe: string;
  /** Characters of running text in it before Readability ran. */
  prose: number;
}

export interface StoryRuns {
  runs: Box[][];
}

/** Text length of `p` outside links, when it is a paragraph of running text, else 0. */
function prose(p: Element): number {
  // Raw length first: most <div>s of a page hold no text of their own worth collapsing.
  if ((p.textContent ?? '').length < MIN_PARAGRAPH) return 0;
  const length = flatText(p).length;
  if (length < MIN_PARAGRAPH) return 0;
  const linked = linkedLength(p);
  return linked <= length * MAX_LINK_SHARE ? length - linked : 0;
}

/**
 * A <p>, or a <div> or <li> of phrasing content only (text with <br>s): Readability reads
 * the first two as paragraphs, and a story told in bullet points has its text in the items.
 */
function isParagraph(el: Element): boolean {
  if (el.tagName === 'P') return true;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (isBlock(child) && child.tagName !== 'BR') return false;
  return true;
}

const ownKind = (el: Element) => `${el.tagName} ${(el.getAttribute('class') ?? '').trim().split(/\s+/).sort().join(' ')}`;
/**
 * Tag and classes: a page builder gives each of a story's boxes the same classes, and an
 * anchor id to one of them ("vc_row" with id="jungle") does not make it another kind. A box
 * without a class: its id less digits ("c2616", "post-17": numbered items of one kind;
 * "mainContent_area", "thirdCol_area": regions of a layout) and its first child's tag and
 * classes: layout columns are bare <div>s as well, but they differ in what they start with.
 */
function kind(el: Element): string {
  if (el.hasAttribute('class')) return ownKind(el);
  const own = `${ownKind(el)}#${(el.getAttribute('id') ?? '').replace(/\d+/g, '')}`;
  const child = el.firstElementChild;
  return child ? `${own}>${ownKind(child)}` : own;
}

/** Table parts and list items are layout cells and teasers, not parts of a story. */
const NOT_A_BOX = /^(TABLE|TBODY|THEAD|TFOOT|TR|TD|TH|LI|UL|OL|P)$/;

/**
 * Finds and marks the runs of sibling boxes that each hold a paragraph of running text.
 * `all`: the page's elements in document order, when the caller has them already.
 */
export function markStoryRuns(doc: Document, all: readonly Element[] = doc.body ? byTags(doc.body, ['*']) : []): StoryRuns {
  const runs: Box[][] = [];
  const body = doc.body;
  if (!body) return { runs };
  /** Each element above a paragraph → the text of its first paragraph. */
  const first = new Map<Element, string>();
  /** Each element above a paragraph → its characters of running text. */
  const running = new Map<Element, number>();
  for (const p of all) {
    const tag = p.tagName;
    if ((tag !== 'P' && tag !== 'DIV' && tag !== 'LI') || first.has(p) || (tag !== 'P' && !isParagraph(p))) continue;
    const length = prose(p);
    if (!length) continue;
    const text = collapse(p.textContent ?? '').slice(0, PROBE);
    let el: Element | null = p;
    for (let up = 0; el && el !== body && up <= MAX_UP; up++, el = el.parentElement) {
      if (!first.has(el)) first.set(el, text);
      running.set(el, (running.get(el) ?? 0) + length);
    }
  }
  const seen = new Set<Element>();
  for (const el of first.keys()) {
    const parent = el.parentElement;
    if (!parent || seen.has(parent)) continue;
    seen.add(parent);
    const groups = new Map<string, Element[]>();
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (!first.has(child) || NOT_A_BOX.test(child.tagName) || isParagraph(child)) continue;
      const k = kind(child);
      const group = groups.get(k);
      if (group) group.push(child);
      else groups.set(k, [child]);
    }
    for (const boxes of groups.values()) {
      if (boxes.length < 2 || boxes.length > MAX_RUN) continue;
      const n = runs.length;
      runs.push(boxes.map((box, i) => {
        const mark = `${n}-${i}`;
        box.setAttribute(MARK, mark);
        return { el: box, mark, probe: first.get(box)!, prose: running.get(box) ?? 0 };
      }));
    }
  }
  return { runs };
}

/** A box of a story: no furniture, nothing hidden, mostly running text (paragraphs, list items), few links. */
function isStoryBox(box: Element): boolean {
  if (junkReason(box) || byTags(box, ['*']).some(isHidden)) return false;
  const text = flatText(box).length;
  let running = 0;
  for (const p of byTags(box, ['p', 'li'])) if (p.tagName === 'P' || isParagraph(p)) running += prose(p);
  return running >= MIN_PARAGRAPH && running >= text * MIN_PROSE_SHARE && linkDensity(box) <= MAX_LINK_SHARE;
}

function isHidden(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/** The marked element of `box` outside the article, when Readability left it in the page. */
function liveBox(box: Box, doc: Document, article: Element, lookUp: () => Map<string, Element>): Element | undefined {
  // Readability parses the page again from its HTML when a try finds too little text: the
  // element marked before is then gone, its copy carries the mark.
  if (box.el.isConnected) return box.el;
  const el = lookUp().get(box.mark);
  return el && !article.contains(el) ? el : undefined;
}

/**
 * Puts back into Readability's `article` (its content element) the boxes of a split story
 * it left in `doc`. `prep` cleans them as Readability cleaned the rest. Returns how many
 * boxes went back.
 */
export function joinSplitArticle(article: Element, doc: Document, found: StoryRuns, prep: (el: Element) => void = () => {}): number {
  if (!found.runs.length) return 0;
  const text = collapse(article.textContent ?? '');
  let marked: Map<string, Element> | null = null;
  const lookUp = () => {
    if (!marked) {
      marked = new Map();
      for (const el of byTags(doc, ['*'])) if (el.hasAttribute(MARK)) marked.set(el.getAttribute(MARK)!, el);
    }
    return marked;
  };
  const before: Element[] = [];
  const after: Element[] = [];
  for (const run of found.runs) {
    const held = run.map((box) => text.includes(box.probe));
    const firstHeld = held.indexOf(true);
    if (firstHeld < 0 || held.every(Boolean)) continue;
    // The article must be these boxes, not a teaser of it in a list of teasers.
    const heldProse = run.reduce((sum, box, i) => sum + (held[i] ? box.prose : 0), 0);
    if (heldProse < text.length * MIN_HELD || heldProse > text.length * MAX_HELD) continue;
    run.forEach((box, i) => {
      const el = held[i] ? undefined : liveBox(box, doc, article, lookUp);
      if (!el || !isStoryBox(el)) return;
      // A heading of the page's rank after the story's start opens another story.
      if (i > firstHeld && byTags(el, ['h1']).length) return;
      (i < firstHeld ? before : after).push(el);
    });
  }
  const boxes = [...before, ...after].filter((el, _, all) => !all.some((other) => other !== el && other.contains(el)));
  if (boxes.length) {
    // Document order (4: DOCUMENT_POSITION_FOLLOWING).
    boxes.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    const page = article.firstElementChild?.id === 'readability-page-1' ? article.firstElementChild : article;
    const head = doc.createElement('div');
    const tail = doc.createElement('div');
    for (const el of boxes) (before.includes(el) ? head : tail).appendChild(el);
    prep(head);
    prep(tail);
    page.insertBefore(head, page.firstChild);
    page.appendChild(tail);
  }
  for (const el of byTags(article, ['*'])) if (el.hasAttribute(MARK)) el.removeAttribute(MARK);
  return boxes.length;
}
