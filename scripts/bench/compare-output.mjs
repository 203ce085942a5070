// Checks that a speed change changes no output: runs the engine as it is in src/core and
// a baseline bundle of it (made from an earlier commit) on the same corpus pages, and
// compares each page's article Markdown, isArticle, warnings, metadata (with its sources)
// and the whole post (front matter + body) with its file name.
// Usage: node scripts/bench/compare-output.mjs BASELINE_BUNDLE.mjs [--step N] [--from K]
//   --step N: every N-th corpus page (default 1: all); --from K: start at page index K.
// A baseline bundle: esbuild of an old src/core/clip.ts, as loadCore() in common.mjs builds it.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { samplePages, loadPage, loadSpec, loadCore, die } from './common.mjs';
import { makeJsdom } from './contenders.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : dflt);
const baseline = argv[0];
if (!baseline || baseline.startsWith('--')) die('usage: compare-output.mjs BASELINE_BUNDLE.mjs [--step N] [--from K]');

const now = new Date('2026-01-01T00:00:00Z');
function run(core, page) {
  const dom = makeJsdom(page.html, page.url);
  try {
    const r = core.clipDocument({ document: dom.window.document, url: page.url, now, settings: core.DEFAULT_SETTINGS, ownsDocument: true });
    return { article: r.article, isArticle: r.isArticle, warnings: r.warnings, metadata: r.metadata, markdown: r.markdown, filename: r.filename };
  } catch (error) {
    return { error: String(error?.message ?? error) };
  } finally {
    dom.window.close();
  }
}

/** Where two texts first differ, with some context on both sides. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at char ${i}:\n  was: ${JSON.stringify(a.slice(Math.max(0, i - 60), i + 80))}\n  now: ${JSON.stringify(b.slice(Math.max(0, i - 60), i + 80))}`;
}

// eslint-disable-next-line no-unsanitized/method -- a bundle the caller made and named
const base = await import(pathToFileURL(resolve(baseline)).href);
const current = await loadCore();
const pages = [loadSpec, ...samplePages(opt('--step', 1)).map((p) => () => loadPage(p))].slice(opt('--from', 0));
let differ = 0;
let errors = 0;
for (const load of pages) {
  const page = load();
  const was = run(base, page);
  const now_ = run(current, page);
  if (was.error || now_.error) errors++;
  if (JSON.stringify(was) !== JSON.stringify(now_)) {
    differ++;
    console.log(`DIFF ${page.id} ${firstDifference(was.article ?? was.error ?? '', now_.article ?? now_.error ?? '')}`);
    if (was.article === now_.article) {
      for (const key of Object.keys(was)) {
        if (JSON.stringify(was[key]) !== JSON.stringify(now_[key])) console.log(`  ${key} was ${JSON.stringify(was[key])}\n  ${key} now ${JSON.stringify(now_[key])}`);
      }
    }
  }
  // Let jsdom free the closed windows.
  await new Promise((res) => setImmediate(res));
}
console.log(`${pages.length} pages: ${differ} differ; ${errors} failed in one or both (the same failure counts as no difference)`);
process.exitCode = differ ? 1 : 0;
