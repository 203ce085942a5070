// Lazy-loaded images carry their real source in data-* attributes or srcset until
// a script swaps it in; Readability and Turndown only read src, so swap it first.
import { byTags, firstMatch } from '../cleanup/by-tag';

const isSourceWithSet = (el: Element): boolean => el.localName === 'source' && (el.hasAttribute('srcset') || el.hasAttribute('data-srcset'));

const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-lazy', 'data-echo'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'srcset'];

/** The widest candidate of a srcset ("a.jpg 480w, b.jpg 1024w" → "b.jpg"). */
export function largestFromSrcset(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor = ''] = part.trim().split(/\s+/);
    if (!url || url.startsWith('data:')) continue;
    const size = parseFloat(descriptor) || 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

function isPlaceholder(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  // Tiny inline GIFs/SVGs and "blank"/"placeholder" files stand in until the script runs.
  return /^data:/i.test(src) || /(?:^|\/)(?:blank|placeholder|spacer|pixel|lazy|transparent)[^/]*\.(?:gif|png|svg)/i.test(src);
}

/** Gives every lazy <img> its real src (in place: call it on a clone). */
export function resolveLazyImages(root: Document | Element): void {
  for (const img of byTags(root, ['img'])) {
    const current = img.getAttribute('src');
    if (!isPlaceholder(current)) continue;
    let real: string | null = null;
    for (const attr of LAZY_SRC_ATTRS) {
      const value = img.getAttribute(attr);
      if (value && !value.startsWith('data:')) { real = value.trim(); break; }
    }
    if (!real) {
      for (const attr of LAZY_SRCSET_ATTRS) {
        const value = img.getAttribute(attr);
        if (value) { real = largestFromSrcset(value); if (real) break; }
      }
    }
    if (!real) {
      const source = img.parentElement?.tagName === 'PICTURE' ? firstMatch(img.parentElement, isSourceWithSet) : null;
      const set = source?.getAttribute('srcset') ?? source?.getAttribute('data-srcset');
      if (set) real = largestFromSrcset(set);
    }
    if (real) img.setAttribute('src', real);
  }
}
