#!/usr/bin/env node
// Clips every page of the dev corpus (../shared/corpus, all datasets, read in place: never
// copied into the repo) with every built-in profile (DEFAULT_SETTINGS.profiles), writes the
// posts to .tmp/check-corpus/<profile>/<dataset>/<id>/<file name>, and builds each profile's
// folder with ../shared/tools/check-hugo.sh (CHECK_HUGO_IGNORE='duplicate menu entry').
// Passes only with no crash and a Hugo build without a warning.
//
// Usage: node scripts/check-corpus.mjs [--sample N] [--jobs N] [--corpus DIR] [--out DIR] [--no-hugo] [--json]
//   --sample N  a deterministic sample of N pages (spread over the datasets by a hash of the id)
//   --jobs N    worker threads (default: 2)
//   --json      print the summary as one JSON line as well
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { bundleCore } from '../test/stress/core-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NOW = new Date('2026-01-01T00:00:00Z');

/** The core bundle this script just wrote under .tmp/ (a path of ours, not input). */
function importBundle(path) {
  // eslint-disable-next-line no-unsanitized/method
  return import(pathToFileURL(path).href);
}

if (isMainThread) await main();
else await work();

function usage(message) {
  if (message) console.error(`check-corpus: ${message}`);
  console.error('usage: node scripts/check-corpus.mjs [--sample N] [--jobs N] [--corpus DIR] [--out DIR] [--no-hugo] [--json]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { sample: 0, jobs: Math.min(2, availableParallelism()), corpus: resolve(root, '../shared/corpus'), out: join(root, '.tmp/check-corpus'), hugo: true, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--sample') opts.sample = Number(value());
    else if (a === '--jobs') opts.jobs = Number(value());
    else if (a === '--corpus') opts.corpus = resolve(value());
    else if (a === '--out') opts.out = resolve(value());
    else if (a === '--no-hugo') opts.hugo = false;
    else if (a === '--json') opts.json = true;
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown option ${a}`);
  }
  if (!Number.isInteger(opts.sample) || opts.sample < 0) usage('--sample wants a whole number');
  if (!Number.isInteger(opts.jobs) || opts.jobs < 1) usage('--jobs wants a positive whole number');
  return opts;
}

/** Every page of every dataset: {dataset, id, file, url}. */
function listPages(corpus) {
  const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
  const pages = [];
  for (const dataset of Object.keys(manifest.datasets).sort()) {
    const indexPath = join(corpus, dataset, 'index.json');
    if (!existsSync(indexPath)) continue;
    const index = JSON.parse(readFileSync(indexPath, 'utf8'));
    for (const page of index.pages) {
      const file = join(corpus, dataset, page.id, 'source.html.gz');
      if (existsSync(file)) pages.push({ dataset, id: page.id, file, url: page.url });
    }
  }
  return pages;
}

/** Deterministic sample: the N pages with the smallest hash of dataset/id. */
function samplePages(pages, n) {
  if (!n || n >= pages.length) return pages;
  const key = (p) => createHash('sha1').update(`${p.dataset}/${p.id}`).digest('hex');
  return pages
    .map((p) => ({ p, k: key(p) }))
    .sort((a, b) => (a.k < b.k ? -1 : 1))
    .slice(0, n)
    .map(({ p }) => p);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  if (!existsSync(join(opts.corpus, 'manifest.json'))) usage(`no corpus at ${opts.corpus}`);
  const pages = samplePages(listPages(opts.corpus), opts.sample);
  rmSync(opts.out, { recursive: true, force: true });
  const bundle = await bundleCore(join(opts.out, '.core', 'core.mjs'));
  const { DEFAULT_SETTINGS } = await importBundle(bundle);
  const profiles = DEFAULT_SETTINGS.profiles.map((p) => p.id);

  // Shard the pages over the workers (round robin keeps the datasets mixed).
  const jobs = Math.min(opts.jobs, pages.length) || 1;
  const shards = Array.from({ length: jobs }, (_, j) => pages.filter((_, i) => i % jobs === j));
  const outcomes = (
    await Promise.all(
      shards.map(
        (shard) =>
          new Promise((resolveShard, reject) => {
            const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { bundle, pages: shard, out: opts.out, profiles } });
            const results = [];
            worker.on('message', (m) => results.push(m));
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? resolveShard(results) : reject(new Error(`worker exited with ${code}`))));
          }),
      ),
    )
  ).flat();
  const clipSeconds = (Date.now() - started) / 1000;

  const crashes = outcomes.filter((o) => o.status === 'crash');
  const refused = outcomes.filter((o) => o.status === 'refused');
  const notArticle = outcomes.filter((o) => o.status === 'ok' && !o.isArticle);
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 5);
  for (const c of crashes) console.log(`CRASH ${c.profile} ${c.dataset}/${c.id}: ${c.error}`);
  for (const r of refused) console.log(`refused ${r.profile} ${r.dataset}/${r.id}: ${r.error}`);

  const hugo = [];
  if (opts.hugo) {
    for (const profile of profiles) {
      const dir = join(opts.out, profile);
      if (!existsSync(dir)) continue;
      const run = spawnSync('bash', [resolve(root, '../shared/tools/check-hugo.sh'), dir], {
        encoding: 'utf8',
        env: { ...process.env, CHECK_HUGO_IGNORE: 'duplicate menu entry' },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 600_000,
      });
      const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
      const pass = run.status === 0;
      hugo.push({ profile, pass, status: run.status });
      const lines = output.split('\n').filter((l) => !/^\s+\S+\.md\t/.test(l));
      console.log(`hugo ${profile}: ${pass ? 'PASS' : `FAIL (exit ${run.status})`}`);
      if (!pass) console.log(lines.slice(0, 60).join('\n'));
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const byDataset = {};
  for (const o of outcomes) byDataset[o.dataset] = (byDataset[o.dataset] ?? 0) + 1;
  const summary = {
    pages: pages.length,
    datasets: Object.fromEntries(Object.entries(byDataset).map(([d, n]) => [d, n / profiles.length])),
    profiles: profiles.length,
    clips: outcomes.length,
    crashes: crashes.length,
    refused: refused.length,
    notArticle: notArticle.length,
    hugoPass: hugo.filter((h) => h.pass).length,
    hugoFail: hugo.filter((h) => !h.pass).length,
    clipSeconds: Math.round(clipSeconds * 10) / 10,
    seconds: Math.round(seconds * 10) / 10,
    slowest: slowest.map((o) => `${o.dataset}/${o.id} ${Math.round(o.ms)} ms`),
  };
  console.log(
    `check-corpus: ${summary.pages} pages × ${summary.profiles} profile(s) = ${summary.clips} clips (${Object.entries(summary.datasets).map(([d, n]) => `${d} ${n}`).join(', ')}); ` +
      `${summary.crashes} crashes, ${summary.refused} refused by the reader, ${summary.notArticle} not articles; ` +
      `hugo ${opts.hugo ? `${summary.hugoPass} pass / ${summary.hugoFail} fail` : 'skipped'}; ${summary.clipSeconds} s clipping, ${summary.seconds} s in all`,
  );
  console.log(`slowest: ${summary.slowest.join('; ')}`);
  if (opts.json) console.log(JSON.stringify(summary));
  writeFileSync(join(opts.out, 'summary.json'), `${JSON.stringify({ ...summary, outcomes: outcomes.map(({ profile, dataset, id, status, ms, error }) => ({ profile, dataset, id, status, ms: Math.round(ms), error })) }, null, 1)}\n`);
  process.exitCode = summary.crashes === 0 && summary.hugoFail === 0 ? 0 : 1;
}

async function work() {
  const { bundle, pages, out, profiles } = workerData;
  const { clipDocument, DEFAULT_SETTINGS, readPage } = await importBundle(bundle);
  const { JSDOM, VirtualConsole } = await import('jsdom');
  for (const page of pages) {
    let text;
    try {
      text = readPage(page.file).text;
    } catch (error) {
      for (const profile of profiles) parentPort.postMessage({ ...page, profile, status: 'refused', ms: 0, error: String(error?.message ?? error) });
      continue;
    }
    for (const profile of profiles) {
      const settings = { ...DEFAULT_SETTINGS, activeProfile: profile };
      const t0 = performance.now();
      let dom;
      try {
        dom = new JSDOM(text, { url: page.url, virtualConsole: new VirtualConsole() });
        const result = clipDocument({ document: dom.window.document, url: page.url, now: NOW, settings, ownsDocument: true });
        const dir = join(out, profile, page.dataset, page.id);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, result.filename), result.markdown);
        parentPort.postMessage({ dataset: page.dataset, id: page.id, profile, status: 'ok', isArticle: result.isArticle, ms: performance.now() - t0 });
      } catch (error) {
        parentPort.postMessage({ dataset: page.dataset, id: page.id, profile, status: 'crash', ms: performance.now() - t0, error: String(error?.stack ?? error).split('\n').slice(0, 4).join(' | ') });
      } finally {
        dom?.window.close();
      }
    }
  }
}
