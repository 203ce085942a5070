// The site's name as its pages write it in links to the home page ("<a href="/">新华网</a>"):
// evidence that a title's suffix is the site's name when no meta tag names the site.
import { byTags } from '../cleanup/by-tag';

const MAX_LINKS = 2000;

/** Short texts of links to the home page of the page's own host. */
export function homeLinkNames(doc: Document, pageUrl: string): string[] {
  let host: string;
  try {
    host = new URL(pageUrl).host;
  } catch {
    return [];
  }
  const out = new Set<string>();
  const links = byTags(doc, ['a']).filter((a) => a.hasAttribute('href'));
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const a = links[i];
    let target: URL;
    try {
      target = new URL(a.getAttribute('href') ?? '', pageUrl);
    } catch {
      continue;
    }
    if (target.host !== host || (target.pathname !== '/' && !/^\/index\.\w+$/.test(target.pathname)) || target.search) continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= 2 && text.length <= 20) out.add(text);
  }
  return [...out];
}
