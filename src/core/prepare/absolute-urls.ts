// Links and media must work outside the page: make every URL absolute against the page URL.
import { byTags } from '../cleanup/by-tag';

const URL_ATTRS: Array<[string, string]> = [
  ['a', 'href'], ['img', 'src'], ['iframe', 'src'], ['video', 'src'], ['video', 'poster'],
  ['audio', 'src'], ['source', 'src'], ['embed', 'src'], ['object', 'data'],
];

/**
 * base + relative → absolute, or null when it cannot be resolved, is script, or is a file
 * on the author's own disk (file:///C|/Documents…): it opens nowhere else, and browsers and
 * Node even spell such addresses differently.
 */
export function absoluteUrl(value: string, base: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, base);
    if (url.protocol === 'javascript:' || url.protocol === 'vbscript:' || url.protocol === 'file:') return null;
    return url.href;
  } catch {
    return null;
  }
}

/** What relative URLs of the page resolve against: its <base href>, else its URL. */
export function documentBase(doc: Document, pageUrl: string): string {
  const baseHref = byTags(doc, ['base']).find((el) => el.hasAttribute('href'))?.getAttribute('href');
  return (baseHref && absoluteUrl(baseHref, pageUrl)) || pageUrl;
}

const withoutFragment = (url: string): string => url.replace(/#.*$/s, '');

/**
 * Rewrites URL attributes under `doc` in place, against `base` (see documentBase).
 * Run on the extracted article, not the page: menus and footers are not worth the time.
 */
export function makeUrlsAbsolute(doc: Document | Element, base: string): void {
  const here = withoutFragment(base);
  for (const [tag, attr] of URL_ATTRS) {
    for (const el of byTags(doc, [tag]).filter((x) => x.hasAttribute(attr))) {
      const value = el.getAttribute(attr) ?? '';
      const abs = absoluteUrl(value, base);
      // In-page anchors point nowhere once the text leaves the page: "#note-3", or the same
      // made absolute already (Readability does so when the document's own URL is not the
      // page's, as for a snapshot parsed in the popup).
      if (tag === 'a' && (value.trim().startsWith('#') || (abs !== null && abs.includes('#') && withoutFragment(abs) === here))) {
        el.removeAttribute(attr);
        continue;
      }
      if (abs) el.setAttribute(attr, abs);
      else el.removeAttribute(attr);
    }
  }
  for (const el of byTags(doc, ['img', 'source']).filter((x) => x.hasAttribute('srcset'))) {
    const srcset = el.getAttribute('srcset') ?? '';
    const fixed = srcset.split(/,\s+(?=\S)/).map((part) => {
      const [url, ...rest] = part.trim().split(/\s+/);
      const abs = url ? absoluteUrl(url, base) : null;
      return abs ? [abs, ...rest].join(' ') : '';
    }).filter(Boolean).join(', ');
    el.setAttribute('srcset', fixed);
  }
}
