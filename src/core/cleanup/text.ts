// Text measures used by the cleanup passes.
import { hasTag } from './by-tag';

const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR']);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** Text with block boundaries turned into spaces, whitespace collapsed. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) { parts.push((node as Text).data); return; }
    if (node.nodeType !== 1) return;
    const block = isBlock(node as Element);
    if (block) parts.push(' ');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push(' ');
  };
  walk(root);
  return collapse(parts.join(''));
}

/**
 * True when a text node below `node` matches `test` (a regex without the g flag): asks
 * what a test of textContent would, but stops at the first match instead of first
 * building the text of the whole subtree.
 */
export function someText(node: Node, test: RegExp): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) {
      if (test.test((child as CharacterData).data)) return true;
    } else if (child.firstChild && someText(child, test)) {
      return true;
    }
  }
  return false;
}

/** flatText(node) !== '', without building the text. */
export const hasText = (node: Node): boolean => someText(node, /\S/);

/** textContent with whitespace collapsed (cheap, no block awareness). */
export function flatText(el: Element): string {
  return collapse(el.textContent ?? '');
}

/**
 * Whitespace runs → one space, trimmed: what text.replace(/\s+/g, ' ').trim() gives, but a
 * single space, the most common run by far, is no match to replace (3-4 times faster).
 */
export const collapse = (text: string) => text.replace(/\s{2,}|[^\S ]/g, ' ').trim();

/**
 * flatText(el) when `tooLong` does not hold for it, else null. `tooLong` must stay true
 * once true as text is added at the end (a length or word limit): the walk then stops
 * there, so a short-line test costs no more than the line even on a whole article.
 */
export function shortFlatText(el: Element, tooLong: (text: string) => boolean): string | null {
  let raw = '';
  let nextCheck = 64;
  const visit = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        raw += (child as CharacterData).data;
        // Checked at doubling lengths: collapsing costs as much as the text read so far.
        if (raw.length > nextCheck) {
          if (tooLong(collapse(raw))) return false;
          nextCheck = raw.length * 2;
        }
      } else if (child.firstChild && !visit(child)) {
        return false;
      }
    }
    return true;
  };
  if (!visit(el)) return null;
  const text = collapse(raw);
  return tooLong(text) ? null : text;
}

/** More than `max` characters. */
export const longerThan = (max: number) => (text: string) => text.length > max;

/** flatText(el) === text, reading no more of el than that. */
export const flatTextIs = (el: Element, text: string): boolean => shortFlatText(el, longerThan(text.length)) === text;

export function wordCount(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** Share of the element's text that sits inside links (0..1). */
export function linkDensity(el: Element): number {
  const total = flatText(el).length;
  if (!total) return 0;
  return Math.min(1, linkedLength(el) / total);
}

/** Characters of the element's text inside links (each link's text collapsed). */
export function linkedLength(el: Element): number {
  let linked = 0;
  const links = el.getElementsByTagName('a');
  // The length read once: in jsdom each read of a live collection's length also looks the
  // name 'length' up among its elements' ids and names, a scan of the whole list.
  for (let i = 0, n = links.length; i < n; i++) linked += flatText(links[i]).length;
  return linked;
}

const MEDIA_TAGS = ['img', 'picture', 'video', 'audio', 'iframe', 'table'];

/** Media that makes an element worth keeping even without text. */
export function hasMedia(el: Element): boolean {
  if (/^(IMG|PICTURE|VIDEO|AUDIO|IFRAME|SVG|TABLE|HR|BR)$/.test(el.tagName)) return true;
  // No child element, nothing below to find.
  return !!el.firstElementChild && hasTag(el, MEDIA_TAGS);
}

/**
 * The outermost wrapper of `el` below `root` that holds no more text than `el` (and, with
 * keepMedia, no picture of its own): what to remove so no empty shell is left behind.
 */
export function sameTextWrapper(el: Element, root: Element, keepMedia = false): Element {
  const text = flatText(el);
  let target = el;
  while (target.parentElement && target.parentElement !== root && flatTextIs(target.parentElement, text) && !(keepMedia && hasMedia(target.parentElement))) {
    target = target.parentElement;
  }
  return target;
}

/** Inline elements count when they stand on a line of their own, between <br>s or block edges. */
export function onOwnLine(el: Element): boolean {
  const edge = (n: ChildNode | null, step: (n: ChildNode) => ChildNode | null): boolean => {
    while (n && n.nodeType === 3 && !(n.nodeValue ?? '').trim()) n = step(n);
    return !n || n.nodeName === 'BR';
  };
  return edge(el.previousSibling, (n) => n.previousSibling) && edge(el.nextSibling, (n) => n.nextSibling);
}
