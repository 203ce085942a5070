// Clips one page in its own process, so the parent can bound it with a hard kill and
// read its peak memory. Usage: node clip-child.mjs BUNDLE FILE CONTENT_TYPE URL
// Prints one JSON line: {ok, ms, maxRssMb, isArticle, warnings, filename, markdown, article, title} or {ok:false, error}.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

const [bundle, file, contentType, url] = process.argv.slice(2);
// The bundle is ours: stress.test.ts writes it under .tmp/ and passes its path.
// eslint-disable-next-line no-unsanitized/method
const { clipDocument, DEFAULT_SETTINGS, readPage } = await import(pathToFileURL(bundle).href);
// Tell the parent the imports are done: its time bound covers reading, parsing and clipping only.
console.log('ready');
const started = performance.now();
const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
try {
  // HTML goes through the CLI's reader (gzip, charset sniffing and fallbacks); XML types are UTF-8.
  const text = contentType === 'text/html' ? readPage(file).text : readFileSync(file, 'utf8');
  const dom = new JSDOM(text, { url, contentType, virtualConsole: new VirtualConsole() });
  const result = clipDocument({ document: dom.window.document, url, now: new Date('2026-01-01T00:00:00Z'), settings: DEFAULT_SETTINGS, ownsDocument: true });
  dom.window.close();
  const { isArticle, warnings, filename, markdown, article } = result;
  console.log(JSON.stringify({ ok: true, ms: performance.now() - started, maxRssMb: maxRssMb(), isArticle, warnings, filename, markdown, article, title: result.metadata.title }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, ms: performance.now() - started, maxRssMb: maxRssMb(), error: String(error) }));
}
