// Page snapshot → inert Document. DOMParser documents run no scripts and load
// nothing; the page's HTML never enters the popup's own DOM.
import type { PageCapture } from '../content/page-capture';

export function pageToDocument(capture: PageCapture, parser: DOMParser = new DOMParser()): Document {
  const doc = parser.parseFromString(capture.html, 'text/html');
  // Relative links and images must resolve against the page, not the popup.
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', capture.url);
    doc.head.prepend(base);
  }
  return doc;
}
