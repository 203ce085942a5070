// Test helper: HTML string → a jsdom Document at a URL (scripts never run).
import { JSDOM } from 'jsdom';

export function makeDocument(html: string, url = 'https://news.example.com/2025/02/12/story/'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** A <div> holding the given HTML, inside a fresh document. */
export function fragment(html: string, url?: string): HTMLElement {
  const doc = makeDocument(`<!doctype html><html><body><div id="root">${html}</div></body></html>`, url);
  return doc.getElementById('root') as HTMLElement;
}
