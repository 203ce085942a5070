// The page's canonical address: link rel=canonical, og:url, else the page URL; absolute,
// without tracking parameters or fragment.
import type { Candidate } from './candidate';

// Campaign and click identifiers: they name the visit, not the page.
const TRACKING = /^(?:utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|mc_cid|mc_eid|igshid|_ga|_gl|_hsenc|_hsmi|ref|ref_src|ref_url|referrer|referer|ocid|cmpid|smid|sr_share|share)$/i;

/** Absolute http(s) URL of href resolved against base, or null. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href || !href.trim()) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function cleanUrl(href: string): string {
  const u = new URL(href);
  u.hash = '';
  for (const key of Array.from(u.searchParams.keys())) {
    if (TRACKING.test(key)) u.searchParams.delete(key);
  }
  return u.href;
}

export function pickCanonicalUrl(cands: Candidate[], pageUrl: string): Candidate | null {
  const page = absoluteUrl(pageUrl, pageUrl);
  for (const c of cands) {
    const abs = absoluteUrl(c.value, pageUrl);
    if (!abs) continue;
    // A canonical pointing at the home page of an article is a CMS mistake.
    if (page && new URL(abs).pathname === '/' && new URL(page).pathname !== '/') continue;
    return { value: cleanUrl(abs), source: c.source };
  }
  return page ? { value: cleanUrl(page), source: 'page URL' } : null;
}
