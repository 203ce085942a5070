// The lead image: JSON-LD image (string, array, ImageObject, {url}/{contentUrl}), og:image,
// og:image:secure_url, twitter:image, link rel=image_src; the widest variant when sizes are given.
import type { Candidate } from './candidate';
import { absoluteUrl } from './canonical-url';
import type { JsonLd } from './json-ld';
import { isObject } from './json-ld';
import type { MetaTags } from './meta-tags';

interface Variant {
  url: string;
  width: number;
}

function widthOf(v: unknown): number {
  const raw = isObject(v) ? v.value : v;
  const n = typeof raw === 'number' ? raw : parseInt(String(raw ?? ''), 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function jsonLdVariants(ld: JsonLd, value: unknown): Variant[] {
  const list = Array.isArray(value) ? value : [value];
  const out: Variant[] = [];
  for (const item of list.slice(0, 20)) {
    const v = ld.resolve(item);
    if (typeof v === 'string') out.push({ url: v, width: 0 });
    else if (isObject(v)) {
      const url = typeof v.url === 'string' ? v.url : typeof v.contentUrl === 'string' ? v.contentUrl : null;
      if (url) out.push({ url, width: widthOf(v.width) });
    }
  }
  return out;
}

/** The widest variant, else the first (pages list their main picture first). */
function widest(variants: Variant[]): Variant | null {
  return variants.reduce<Variant | null>((best, v) => (!best || v.width > best.width ? v : best), null);
}

function ogVariants(meta: MetaTags): Variant[] {
  const urls = meta.all('og:image', 'og:image:url');
  const widths = meta.all('og:image:width');
  // og:image:width describes the og:image before it; pair them only when counts agree.
  const paired = widths.length === urls.length;
  return urls.map((c, i) => ({ url: c.value, width: paired ? widthOf(widths[i].value) : 0 }));
}

/** `imageLinks`: the page's <link rel=image_src> elements. */
export function pickImage(imageLinks: readonly Element[], meta: MetaTags, ld: JsonLd, base: string): Candidate | null {
  const groups: [string, Variant[]][] = [
    ['JSON-LD image', jsonLdVariants(ld, ld.field('image'))],
    ['meta og:image', ogVariants(meta)],
    ['meta og:image:secure_url', meta.all('og:image:secure_url').map((c) => ({ url: c.value, width: 0 }))],
    ['meta twitter:image', meta.all('twitter:image', 'twitter:image:src').map((c) => ({ url: c.value, width: 0 }))],
    ['link rel=image_src', imageLinks.map((l) => ({ url: l.getAttribute('href') ?? '', width: 0 }))],
    ['JSON-LD thumbnailUrl', jsonLdVariants(ld, ld.field('thumbnailUrl'))],
  ];
  for (const [source, variants] of groups) {
    const usable = variants
      .map((v) => ({ url: absoluteUrl(v.url, base), width: v.width }))
      .filter((v): v is Variant => v.url !== null);
    const best = widest(usable);
    if (best) return { value: best.url, source };
  }
  return null;
}
