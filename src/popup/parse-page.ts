// Page snapshot → inert Document. DOMParser documents run no scripts and load
// nothing; the page's HTML never enters the popup's own DOM.
import type { PageCapture } from '../content/page-capture';

export function pageToDocument(capture: PageCapture, parser: DOMParser = new DOMParser()): Document {
  const doc = parser.parseFromString(capture.html, 'text/html');
  // Relative links and images must resolve against the page, not the popup: the
  // parsed document's own URL is the popup's, so a page's relative <base> is made absolute too.
  const existing = doc.querySelector('base[href]');
  if (existing) {
    existing.setAttribute('href', absolute(existing.getAttribute('href') ?? '', capture.url));
  } else {
    const base = doc.createElement('base');
    base.setAttribute('href', capture.url);
    doc.head.prepend(base);
  }
  return doc;
}

function absolute(href: string, pageUrl: string): string {
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return pageUrl;
  }
}
