// Tiny hand-made documents for the metadata tests.
import { JSDOM } from 'jsdom';

export const URL_ = 'https://news.example.com/politics/2025/02/12/some-story/';
export const NOW = new Date('2026-01-01T00:00:00Z');

export function page(head: string, body = '', url = URL_, htmlAttrs = ''): Document {
  return new JSDOM(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`, { url }).window.document;
}

export function ldScript(json: unknown): string {
  return `<script type="application/ld+json">${typeof json === 'string' ? json : JSON.stringify(json)}</script>`;
}
