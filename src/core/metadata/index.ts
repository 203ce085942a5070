// Page metadata (title, dates, authors, site, language, ...) with the source of each value.
// Placeholder: the real merge of JSON-LD / meta / time sources lands in this folder.
import type { Metadata } from '../types';

export function extractMetadata(doc: Document, url: string, now: Date): Metadata {
  void now;
  return {
    title: doc.title || null,
    published: null,
    modified: null,
    author: null,
    authors: [],
    siteName: null,
    siteShortName: null,
    section: null,
    keywords: [],
    lang: doc.documentElement.getAttribute('lang'),
    canonicalUrl: url,
    description: null,
    image: null,
    sources: {},
  };
}
