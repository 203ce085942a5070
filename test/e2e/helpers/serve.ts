// A tiny HTTP server on 127.0.0.1 and a random port serving fixed pages, so the
// tests see real http:// pages (activeTab and executeScript behave as on the web).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** A page sent in two parts with a pause between, to play a slow site. */
export interface SlowPage {
  head: string;
  tail: string;
  delayMs: number;
}

/** A page with its own content type (an SVG or XHTML document), sent as these bytes. */
export interface TypedPage {
  body: Buffer;
  contentType: string;
  /** More response headers (a Content-Security-Policy, say). */
  headers?: Record<string, string>;
}

export async function servePages(pages: Record<string, string | SlowPage | TypedPage>): Promise<Served> {
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages[path];
    if (page === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof page === 'object' && 'contentType' in page) {
      res.writeHead(200, { ...page.headers, 'content-type': page.contentType }).end(page.body);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (typeof page === 'string') {
      res.end(page);
      return;
    }
    res.write(page.head);
    const timer = setTimeout(() => {
      timers.delete(timer);
      res.end(page.tail);
    }, page.delayMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    close: () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
