// Bundled (esbuild, IIFE) and injected into a page by scripts/bench-browser.mjs: a plain
// MarkDownload-style clip on the page's main thread: snapshot → DOMParser →
// Readability → Turndown (+ gfm), each step timed.
import { Readability } from '@mozilla/readability';
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';

globalThis.__benchReadabilityTurndown = () => {
  const t0 = performance.now();
  const html = document.documentElement.outerHTML;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.setAttribute('href', location.href);
  doc.head.prepend(base);
  for (const h of doc.querySelectorAll('h1, h2, h3, h4, h5, h6')) h.removeAttribute('class');
  doc.documentElement.removeAttribute('class');
  const t1 = performance.now();
  const article = new Readability(doc).parse();
  const t2 = performance.now();
  const td = new TurndownService({ headingStyle: 'atx', hr: '___', bulletListMarker: '-', codeBlockStyle: 'fenced', fence: '```', emDelimiter: '_', strongDelimiter: '**', linkStyle: 'inlined', linkReferenceStyle: 'full' });
  td.use(gfm);
  td.keep(['iframe', 'sub', 'sup', 'u', 'ins', 'del', 'small', 'big']);
  const markdown = article && article.content ? td.turndown(article.content) : '';
  const t3 = performance.now();
  return { domMs: t1 - t0, extractMs: t2 - t1, markdownMs: t3 - t2, totalMs: t3 - t0, chars: markdown.length };
};
