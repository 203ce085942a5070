// Shared helpers for the benchmark scripts (scripts/bench-*.mjs): pages, stats,
// bundling the core, table printing. Benchmarks print numbers; they never assert timings.
import { readFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// BENCH_TMP: where the core is bundled (a profiling run beside a benchmark needs its own).
export const tmp = process.env.BENCH_TMP ?? join(root, '.tmp', 'bench');
export const corpusDir = process.env.BENCH_CORPUS ?? join(root, '..', 'shared', 'corpus');
export const specPage = process.env.BENCH_SPEC ?? join(root, '..', 'shared', 'spec', 'article-page.html');
export const SPEC_URL = 'https://thehill.com/policy/defense/5140389-hegseth-nato-membership-ukraine-russia/';
export const evalModules = join(root, '.tmp', 'eval', 'node_modules');

export function die(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

export function ensureTmp() {
  mkdirSync(tmp, { recursive: true });
  return tmp;
}

/** Every corpus page as {id, dataset, dir}, in a fixed order (dataset, then page name). */
export function listCorpus() {
  if (!existsSync(corpusDir)) die(`corpus not found at ${corpusDir} (set BENCH_CORPUS)`);
  const pages = [];
  for (const dataset of readdirSync(corpusDir).sort()) {
    const dsDir = join(corpusDir, dataset);
    let entries;
    try { entries = readdirSync(dsDir, { withFileTypes: true }); } catch { continue; }
    for (const e of entries.filter((x) => x.isDirectory()).map((x) => x.name).sort()) {
      const dir = join(dsDir, e);
      if (existsSync(join(dir, 'source.html.gz')) && existsSync(join(dir, 'meta.json'))) pages.push({ id: `${dataset}/${e}`, dataset, dir });
    }
  }
  return pages;
}

/** Deterministic sample: every `step`-th page of the ordered list (all pages if step <= 1). */
export function samplePages(step) {
  const all = listCorpus();
  return step <= 1 ? all : all.filter((_, i) => i % step === 0);
}

export function loadPage(p) {
  const meta = JSON.parse(readFileSync(join(p.dir, 'meta.json'), 'utf8'));
  const html = gunzipSync(readFileSync(join(p.dir, 'source.html.gz'))).toString('utf8');
  return { id: p.id, url: meta.url || 'https://example.invalid/', html };
}

export function loadSpec() {
  if (!existsSync(specPage)) die(`spec page not found at ${specPage}`);
  return { id: 'spec/article-page', url: SPEC_URL, html: readFileSync(specPage, 'utf8') };
}

export function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}
export const median = (v) => quantile(v, 0.5);
export const p95 = (v) => quantile(v, 0.95);

export function fmt(x, digits = 1) {
  if (x === undefined || x === null || Number.isNaN(x)) return '-';
  if (typeof x === 'string') return x;
  return x.toFixed(digits);
}

/** Prints rows (arrays of cells) as an aligned Markdown table. */
export function printTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r) => '| ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  console.log(line(all[0]));
  console.log('|' + widths.map((w, i) => (i === 0 ? ':' + '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  for (const r of all.slice(1)) console.log(line(r));
}

/**
 * Bundles src/core/clip.ts (+ DEFAULT_SETTINGS) for Node; returns the module. BENCH_CORE
 * names a bundle made earlier instead (an older commit's engine, for a before/after run).
 */
export async function loadCore() {
  // eslint-disable-next-line no-unsanitized/method -- a bundle the caller made and named
  if (process.env.BENCH_CORE) return import(pathToFileURL(process.env.BENCH_CORE).href);
  const { build } = await import('esbuild');
  ensureTmp();
  const entry = join(tmp, 'core-entry.mjs');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(entry, `export { clipDocument } from ${JSON.stringify(join(root, 'src/core/clip.ts'))};\nexport { DEFAULT_SETTINGS } from ${JSON.stringify(join(root, 'src/settings/schema.ts'))};\n`);
  const outfile = join(tmp, 'core.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['jsdom'],
    outfile,
    sourcemap: 'inline', // so --cpu-prof maps back to src/core file:line
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'error',
  });
  // eslint-disable-next-line no-unsanitized/method -- our own bundle, just written under .tmp/bench
  return import(pathToFileURL(outfile).href);
}
