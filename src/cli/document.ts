// HTML text + URL → a jsdom Document, built as a browser would parse the page but
// inert: no scripts run, no stylesheets, images or frames are fetched.
import { JSDOM, VirtualConsole } from 'jsdom';

export interface PageDocument {
  document: Document;
  /** Frees the window; batch runs clip thousands of pages in one process. */
  close(): void;
}

export function makeDocument(html: string, url: string): PageDocument {
  // A silent console: jsdom reports every CSS it cannot parse ("Could not parse CSS
  // stylesheet"), which would break the one-line-per-problem contract on stderr.
  const virtualConsole = new VirtualConsole();
  // runScripts and resources are left unset on purpose: jsdom then runs no script
  // and loads no subresource, so clipping never touches the network.
  const dom = new JSDOM(html, { url, virtualConsole });
  return { document: dom.window.document, close: () => dom.window.close() };
}
