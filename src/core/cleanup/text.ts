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
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** textContent with whitespace collapsed (cheap, no block awareness). */
export function flatText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function wordCount(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** Share of the element's text that sits inside links (0..1). */
export function linkDensity(el: Element): number {
  const total = flatText(el).length;
  if (!total) return 0;
  let linked = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) linked += flatText(links[i]).length;
  return Math.min(1, linked / total);
}

const MEDIA_TAGS = ['img', 'picture', 'video', 'audio', 'iframe', 'table'];

/** Media that makes an element worth keeping even without text. */
export function hasMedia(el: Element): boolean {
  return /^(IMG|PICTURE|VIDEO|AUDIO|IFRAME|SVG|TABLE|HR|BR)$/.test(el.tagName) || hasTag(el, MEDIA_TAGS);
}

/**
 * The outermost wrapper of `el` below `root` that holds no more text than `el` (and, with
 * keepMedia, no picture of its own): what to remove so no empty shell is left behind.
 */
export function sameTextWrapper(el: Element, root: Element, keepMedia = false): Element {
  const text = flatText(el);
  let target = el;
  while (target.parentElement && target.parentElement !== root && flatText(target.parentElement) === text && !(keepMedia && hasMedia(target.parentElement))) {
    target = target.parentElement;
  }
  return target;
}
