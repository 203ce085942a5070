// A jsdom Document for core tests, built like the CLI builds it (no scripts, no
// resource loading, a silent console), so tests see what the CLI and browsers see.
import { JSDOM, VirtualConsole } from 'jsdom';

export function documentFrom(html: string, url: string): { document: Document; close: () => void } {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return { document: dom.window.document, close: () => dom.window.close() };
}
