// Page snapshot (HTML text + the page's URL) → an inert Document. The caller passes its
// DOMParser: the popup's or, for a large page, the one in the page's tab. DOMParser
// documents run no scripts and load nothing.
import { absoluteUrl } from './prepare/absolute-urls';

export function snapshotDocument(html: string, pageUrl: string, parser: DOMParser): Document {
  const doc = parser.parseFromString(html, 'text/html');
  // Relative links and images must resolve against the page, not against wherever the
  // parse runs: a page's relative <base> is made absolute too.
  const existing = doc.querySelector('base[href]');
  if (existing) {
    existing.setAttribute('href', absoluteUrl(existing.getAttribute('href') ?? '', pageUrl) ?? pageUrl);
  } else {
    const base = doc.createElement('base');
    base.setAttribute('href', pageUrl);
    doc.head.prepend(base);
  }
  return doc;
}

