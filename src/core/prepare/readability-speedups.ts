// Readability 0.6 spends much of its time in a few helpers that are slow on jsdom and
// in Readability's own loops: a selector query per element list, the text of every
// element read before a cheap test could rule it out, a CSS parse of every element's
// style. Here they are replaced, on one reader instance, by versions that give the
// same answers. The originals stay in use when a Readability upgrade renames them.
import type { Readability } from '@mozilla/readability';
import { byTags } from '../cleanup/by-tag';
import { hasText } from '../cleanup/text';

interface ReaderInternals {
  _getAllNodesWithTag?: (node: ParentNode, tagNames: string[]) => ArrayLike<Element>;
  _isValidByline?: (node: Element, matchString: string) => boolean;
  _isElementWithoutContent?: (node: Element) => boolean;
  _isProbablyVisible?: (node: Element) => boolean;
  _unwrapNoscriptImages?: (doc: Document) => void;
  _isSingleImage?: (node: Element) => boolean;
  _fixRelativeUris?: (articleContent: Element) => void;
  _doc?: Document;
  REGEXPS?: { byline?: RegExp };
}

/** Readability helpers this module replaces: a test checks the library still has them. */
export const REPLACED_HELPERS = ['_getAllNodesWithTag', '_isValidByline', '_isElementWithoutContent', '_isProbablyVisible', '_unwrapNoscriptImages', '_isSingleImage', '_fixRelativeUris'] as const;

/**
 * What querySelectorAll(tagNames.join(',')) returns, without the selector engine. A
 * document fragment has no getElementsByTagName: it keeps the selector.
 */
function elementsWithTags(node: ParentNode, tagNames: string[]): ArrayLike<Element> {
  if (!('getElementsByTagName' in node)) return (node as ParentNode).querySelectorAll(tagNames.join(','));
  return byTags(node as Document | Element, tagNames);
}

/** Makes `reader` faster without changing what it returns. */
export function speedUpReader<T>(reader: Readability<T>): Readability<T> {
  const r = reader as unknown as ReaderInternals;
  if (REPLACED_HELPERS.some((name) => typeof r[name] !== 'function') || !(r.REGEXPS?.byline instanceof RegExp)) return reader;
  const original = { isProbablyVisible: r._isProbablyVisible as (node: Element) => boolean, fixRelativeUris: r._fixRelativeUris as (articleContent: Element) => void };
  const bylineRe = r.REGEXPS.byline;

  r._getAllNodesWithTag = elementsWithTags;

  // The same test, but the element's text (of the whole page, for <html>) is read only
  // when its attributes say byline.
  r._isValidByline = (node, matchString) => {
    // Asked of every element until a byline is found: most carry no rel nor itemprop, and
    // listing the names once is cheaper in jsdom than two reads by name.
    const names = node.hasAttributes() ? node.getAttributeNames() : [];
    const itemprop = names.includes('itemprop') ? node.getAttribute('itemprop') : null;
    if (!((names.includes('rel') && node.getAttribute('rel') === 'author') || (itemprop && itemprop.includes('author')) || bylineRe.test(matchString))) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  };

  // Stops at the first word instead of building the text of every <div> on the page.
  r._isElementWithoutContent = (node) => node.nodeType === 1 && !hasText(node)
    && (!node.children.length || node.children.length === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length);

  // Without a style attribute, style.display and style.visibility are empty: no need to
  // build the element's CSS declaration to learn that.
  // Asked of every element: most carry no attribute at all, and the others list their names
  // once instead of three reads by name.
  r._isProbablyVisible = function (this: unknown, node) {
    if (!node.hasAttributes()) return true;
    const names = node.getAttributeNames();
    if (names.includes('style')) return original.isProbablyVisible.call(this, node);
    return !names.includes('hidden') && (!names.includes('aria-hidden') || node.getAttribute('aria-hidden') !== 'true' || !!(node.className && node.className.includes && node.className.includes('fallback-image')));
  };
  r._unwrapNoscriptImages = (doc) => unwrapNoscriptImages(doc, r._isSingleImage!.bind(r));

  // Readability reads doc.baseURI once, to resolve the article's links. Without a <base>
  // element that is the page's own URL (documentURI), but jsdom finds it out with a CSS
  // selector query over the page, its selector engine built first. (about: documents may
  // inherit another base: they keep the plain read.)
  r._fixRelativeUris = function (this: ReaderInternals, articleContent) {
    const doc = this._doc;
    if (!doc || doc.getElementsByTagName('base').length > 0 || doc.documentURI.startsWith('about:')) return original.fixRelativeUris.call(this, articleContent);
    Object.defineProperty(doc, 'baseURI', { value: doc.documentURI, configurable: true });
    try {
      original.fixRelativeUris.call(this, articleContent);
    } finally {
      delete (doc as { baseURI?: string }).baseURI;
    }
  };
  return reader;
}

const IMAGE_FILE = /\.(jpg|jpeg|png|webp)/i;

/**
 * Readability's own steps, but a <noscript>'s HTML is parsed only when the element before
 * it is an image it could replace: most noscripts (a tracking pixel after a link) are not.
 */
function unwrapNoscriptImages(doc: Document, isSingleImage: (node: Element) => boolean): void {
  // Images with no source nor anything that looks like one go.
  for (const img of Array.from(doc.getElementsByTagName('img'))) {
    const keep = Array.from(img.attributes).some((attr) => /^(src|srcset|data-src|data-srcset)$/.test(attr.name) || IMAGE_FILE.test(attr.value));
    if (!keep) img.remove();
  }
  for (const noscript of Array.from(doc.getElementsByTagName('noscript'))) {
    if (!isSingleImage(noscript)) continue;
    const prevElement = noscript.previousElementSibling;
    if (!prevElement || !isSingleImage(prevElement)) continue;
    const tmp = doc.createElement('div');
    // eslint-disable-next-line no-unsanitized/property -- Readability's own step, in the inert page copy it works on.
    tmp.innerHTML = noscript.innerHTML;
    const prevImg = prevElement.tagName === 'IMG' ? prevElement : prevElement.getElementsByTagName('img')[0];
    const newImg = tmp.getElementsByTagName('img')[0];
    for (const attr of Array.from(prevImg.attributes)) {
      if (attr.value === '') continue;
      if (attr.name === 'src' || attr.name === 'srcset' || IMAGE_FILE.test(attr.value)) {
        if (newImg.getAttribute(attr.name) === attr.value) continue;
        newImg.setAttribute(newImg.hasAttribute(attr.name) ? `data-old-${attr.name}` : attr.name, attr.value);
      }
    }
    noscript.parentNode!.replaceChild(tmp.firstElementChild!, prevElement);
  }
}
