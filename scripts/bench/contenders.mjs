// The baselines, called exactly as /work/shared/eval/lib/contenders.mjs does:
//   readability+turndown (MarkDownload style) on a jsdom document,
//   Defuddle (+ createMarkdownContent) on a linkedom document (the harness's "B"),
//   and the same Defuddle on a jsdom document ("Bj").
// Each step is timed apart: DOM building, extraction, Markdown.
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import TurndownService from 'turndown';
import turndownPluginGfm from 'turndown-plugin-gfm';
import { evalModules, die } from './common.mjs';

const require = createRequire(import.meta.url);
let defuddle = null;
export function loadDefuddle() {
  if (defuddle) return defuddle;
  const pkg = join(evalModules, 'defuddle', 'package.json');
  if (!existsSync(pkg)) die(`Defuddle not found at ${dirname(pkg)}`);
  const evalRequire = createRequire(pkg);
  // 'defuddle/node' is exported for `import` only: load its CJS file directly, as the harness does.
  const nodeEntry = join(evalModules, 'defuddle', 'dist', 'node.js');
  const { DefuddleClass } = evalRequire(existsSync(nodeEntry) ? nodeEntry : evalRequire.resolve('defuddle/node'));
  const { createMarkdownContent } = evalRequire(join(evalModules, 'defuddle', 'dist', 'markdown.js'));
  const { parseHTML } = evalRequire('linkedom');
  defuddle = { DefuddleClass, createMarkdownContent, parseHTML, version: require(pkg).version };
  return defuddle;
}

/**
 * Moves the just-built DOM out of V8's young generation before the clock starts: two minor
 * collections, as an object is promoted on its second survival. Without it, the first
 * scavenge inside the timed run copies the whole untimed DOM, and whichever contender
 * allocates enough to trigger it is charged for building the page (in a browser the page's
 * DOM is not in the script's young heap). Applied to every contender alike; BENCH_SETTLE=0
 * times without it.
 */
let minorGc = null;
if (process.env.BENCH_SETTLE !== '0') {
  if (!globalThis.gc) setFlagsFromString('--expose-gc');
  const gc = globalThis.gc ?? runInNewContext('gc');
  minorGc = () => { gc({ type: 'minor' }); gc({ type: 'minor' }); };
}
export const settlesDom = minorGc !== null;

/** Ends the DOM build: `built` stops its clock, `t1` starts the contender's, settled between. */
function startClock() {
  const built = performance.now();
  minorGc?.();
  return { built, t1: performance.now() };
}

export function makeJsdom(html, url) {
  return new JSDOM(html, { url: url || 'https://example.invalid/', contentType: 'text/html', virtualConsole: new VirtualConsole() });
}

const MD_OPTIONS = {
  headingStyle: 'atx', hr: '___', bulletListMarker: '-', codeBlockStyle: 'fenced', fence: '```',
  emDelimiter: '_', strongDelimiter: '**', linkStyle: 'inlined', linkReferenceStyle: 'full',
};
function makeTurndown() {
  const td = new TurndownService(MD_OPTIONS);
  td.use(turndownPluginGfm.gfm);
  td.keep(['iframe', 'sub', 'sup', 'u', 'ins', 'del', 'small', 'big']);
  return td;
}

export function runReadability(html, url) {
  const t0 = performance.now();
  const dom = makeJsdom(html, url);
  const doc = dom.window.document;
  const { built, t1 } = startClock();
  try {
    for (const h of doc.querySelectorAll('h1, h2, h3, h4, h5, h6')) h.removeAttribute('class');
    doc.documentElement.removeAttribute('class');
    const article = new Readability(doc).parse();
    const t2 = performance.now();
    const markdown = article && article.content ? makeTurndown().turndown(article.content) : '';
    const t3 = performance.now();
    return { chars: markdown.length, domMs: built - t0, extractMs: t2 - t1, markdownMs: t3 - t2 };
  } finally {
    dom.window.close();
  }
}

async function defuddleOn(makeDoc, html, url) {
  const { DefuddleClass, createMarkdownContent } = loadDefuddle();
  const t0 = performance.now();
  const { doc, close } = makeDoc(html, url);
  const { built, t1 } = startClock();
  try {
    const res = await new DefuddleClass(doc, { url, useAsync: false }).parseAsync();
    const t2 = performance.now();
    const markdown = res && res.content ? createMarkdownContent(res.content, url) : '';
    const t3 = performance.now();
    return { chars: markdown.length, domMs: built - t0, extractMs: t2 - t1, markdownMs: t3 - t2 };
  } finally {
    close();
  }
}
export const runDefuddle = (html, url) => defuddleOn((h) => ({ doc: loadDefuddle().parseHTML(h).document, close: () => {} }), html, url);
export const runDefuddleJsdom = (html, url) => defuddleOn((h, u) => {
  const dom = makeJsdom(h, u);
  return { doc: dom.window.document, close: () => dom.window.close() };
}, html, url);

/**
 * Our engine, on a fresh jsdom document as the CLI builds it (src/cli/document.ts). No
 * clone, as for Readability+Turndown: both get a document of their own to change (the
 * popup, like MarkDownload, parses the page's HTML into one). The whole clipDocument call
 * counts: what follows the Markdown (front matter, file name) is added to its time.
 */
export function makeOurs(core) {
  const now = new Date('2026-01-01T00:00:00Z');
  return (html, url) => {
    const t0 = performance.now();
    const dom = makeJsdom(html, url);
    const { built, t1 } = startClock();
    try {
      const r = core.clipDocument({ document: dom.window.document, url, now, settings: core.DEFAULT_SETTINGS, ownsDocument: true, timer: () => performance.now() });
      const t2 = performance.now();
      return { chars: r.article.length, domMs: built - t0, extractMs: r.timings.extractMs, markdownMs: t2 - t1 - r.timings.extractMs, isArticle: r.isArticle };
    } finally {
      dom.window.close();
    }
  };
}
