// Author names from page elements (bylines, author links, itemprop): the text each element
// shows, and the first element (or all of them) that names someone.
import type { PageIndex } from './page-index';
import { BYLINE_WORD, byCloseness, closeness, inBoilerplate, squash } from './page-index';
import { authorNames } from './author-names';

const BLOCK = /^(?:address|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|ol|p|section|table|td|th|tr|ul)$/;

/**
 * Text with a space between separate nodes ("<span>By</span><span>by Jane</span>") and
 * a "|" between blocks ("<div>Jane Doe</div><div>Washington Post</div>"), which the
 * name splitter then treats as two values.
 */
export function spacedText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node, depth: number): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1 && depth < 30) {
        const block = BLOCK.test((c as Element).localName);
        parts.push(block ? ' | ' : ' ');
        walk(c, depth + 1);
        parts.push(block ? ' | ' : ' ');
      }
    }
  };
  walk(el, 0);
  return parts.join('');
}

/**
 * The text after a byline label, up to the next line break or block: "<span>Autor:</span>
 * Jane Doe<br>Quelle: dpa", "<span>| By </span> <span>Jane Doe</span> | <time>"; or the
 * block right after it, the label's value ("<span>Posted by</span><div><a>u/jane</a></div>").
 */
function textAfterLabel(label: Element): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = label.nextSibling; n && length < 200; n = n.nextSibling) {
    if (n.nodeType === 1 && BLOCK.test((n as Element).localName)) {
      if (!parts.join('').trim() && (n as Element).localName !== 'br') parts.push(spacedText(n as Element));
      break;
    }
    const t = n.nodeType === 1 ? spacedText(n as Element) : n.nodeType === 3 ? (n.nodeValue ?? '') : '';
    parts.push(t);
    length += t.length;
  }
  return parts.join(' ');
}

const NAME_PROP = /(?:^|\s)name(?:\s|$)/;

/**
 * el.querySelector('[itemprop~="name"]') by the child links: most bylines hold no itemprop
 * at all, and a selector query per candidate costs more than reading the byline (jsdom).
 */
function namedPart(el: Element): Element | null {
  for (let node: Node | null = el.firstChild; node; ) {
    if (node.nodeType === 1) {
      const e = node as Element;
      if (e.hasAttributes() && NAME_PROP.test(e.getAttribute('itemprop') ?? '')) return e;
      if (e.firstChild) {
        node = e.firstChild;
        continue;
      }
    }
    while (!node.nextSibling) {
      node = node.parentNode;
      if (!node || node === el) return null;
    }
    node = node.nextSibling;
  }
  return null;
}

function textOf(el: Element): string {
  const named = namedPart(el);
  if (named) return named.getAttribute('content') ?? spacedText(named);
  const content = el.getAttribute('content');
  if (content !== null) return content;
  const text = spacedText(el);
  // A label alone ("By", "Autor:"): the name follows it, else its parent holds the byline.
  if (el.firstElementChild === null && BYLINE_WORD.test(text) && text.replace(BYLINE_WORD, '').trim() === '') {
    const after = textAfterLabel(el);
    return after.trim() ? after : el.parentElement ? spacedText(el.parentElement) : '';
  }
  return text;
}

export interface ElementOptions {
  /** Names from every element (each link of "<a rel=author>Jane</a> and <a rel=author>John</a>" is one author). */
  all?: boolean;
  /** Author markup: counts inside the article even in an <aside> or <footer>. */
  marked?: boolean;
  /** Accept user names ("c1ph4"): the element is author markup. */
  handles?: boolean;
  /** The name must open the text (written bylines). */
  leading?: boolean;
  /** Names that are people: an element crediting only the publisher does not end the search. */
  person?: (name: string) => boolean;
  /** Only elements inside the article's container. */
  inArticle?: boolean;
  /** Not in running text or a tag list (a link to a person's page there names whom the story is about). */
  noMentions?: boolean;
  /**
   * Without an article container, the elements just above the headline rank with those
   * after it: a forum post's written byline sits over its title ("Posted by u/jane").
   */
  above?: boolean;
}

const PROSE_WORDS = 20;

const TAG_LIST = /(?:^|[\s_-])tags?(?:$|[\s_-])/i;

/**
 * The element sits in a paragraph of running text rather than a byline line, or in the
 * story's tag list (TMZ links the people a story is about to /people/ pages).
 */
function isMention(el: Element): boolean {
  for (let p: Element | null = el, i = 0; p && i < 4; p = p.parentElement, i++) {
    if (TAG_LIST.test(p.getAttribute('class') ?? '')) return true;
  }
  let block: Element | null = el.parentElement;
  while (block && !BLOCK.test(block.localName)) block = block.parentElement;
  if (!block || (block.localName !== 'p' && block.localName !== 'li')) return false;
  return (block.textContent ?? '').trim().split(/\s+/).length >= PROSE_WORDS;
}

/** Inside the article's container; without one, just after its headline. */
function inArticleOf(scope: PageIndex, el: Element): boolean {
  if (scope.root) return closeness(scope, el) === 0;
  const at = scope.headline ? scope.position.get(scope.headline) : undefined;
  const distance = at === undefined ? Infinity : (scope.position.get(el) ?? Infinity) - at;
  return distance > 0 && distance <= 20;
}

const JUST_ABOVE = 20;

/** Within a few elements before the headline (not around it), on a page without an article container. */
function justAbove(scope: PageIndex, el: Element): boolean {
  const headline = scope.headline;
  const at = scope.position.get(el);
  const headlineAt = headline ? scope.position.get(headline) : undefined;
  return !scope.root && !!headline && at !== undefined && headlineAt !== undefined && at < headlineAt && at >= headlineAt - JUST_ABOVE && !el.contains(headline);
}

/** Names from the first element that has some (from every element with `all`). */
export function fromElements(els: Element[], scope: PageIndex, strict: boolean, { all = false, marked = false, handles = !strict, leading = false, person, inArticle = false, noMentions = false, above = false }: ElementOptions = {}): string[] {
  const out: string[] = [];
  let fallback: string[] = [];
  const rank = (el: Element): number => {
    const c = closeness(scope, el);
    return c === 2 && above && justAbove(scope, el) ? 1 : c;
  };
  const ordered = above ? els.map((el, i) => ({ el, i, r: rank(el) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.el) : byCloseness(scope, els);
  for (const el of ordered) {
    // Comment authors and "more from" boxes are not the article's byline; author markup
    // (`marked`) inside the article counts even in an <aside> or the article's <footer>.
    if (inBoilerplate(el, marked && closeness(scope, el) === 0)) continue;
    if (strict && rank(el) === 2 && (scope.root || scope.headline)) continue;
    // Past an element crediting the publisher, only the article's own container may name a
    // person (further down the page sit the authors of related stories).
    if ((fallback.length || inArticle) && !inArticleOf(scope, el)) continue;
    if (noMentions && isMention(el)) continue;
    const text = textOf(el);
    if (text.length > 300) continue;
    const names = authorNames(text, strict, handles);
    // "By entering this store you agree to ... and End User Licence Agreement": a sentence
    // that starts with "By"; in a byline the name comes right after the word.
    if (leading && names.length && !squash(text.replace(BYLINE_WORD, '')).startsWith(squash(names[0]))) continue;
    if (names.length && !all) {
      if (!person || names.some(person)) return names;
      if (!fallback.length) fallback = names;
      continue;
    }
    out.push(...names);
    if (out.length >= 10) break;
  }
  return out.length ? out : fallback;
}
