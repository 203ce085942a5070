#!/usr/bin/env node
// Speed benchmark (Node): our extraction + Markdown vs plain Readability+Turndown
// (MarkDownload style) and vs Defuddle, on the same pages, interleaved, several rounds.
// Prints numbers only; never fails on a slow result (exit 1 only when it cannot run).
// Usage: node scripts/bench-speed.mjs [--all | --step N] [--rounds N] [--defuddle-jsdom] [--per-page] [--no-big | --big-only] [--big-mb N] [--big-runs N]
// Env: BENCH_SETTLE=0 times without moving the built DOM out of the young heap first (scripts/bench/contenders.mjs);
// BENCH_CORE=bundle.mjs times that engine instead of src/core (before/after runs); BENCH_BEFORE=bundle.mjs adds it as a contender (before/after in one run); BENCH_TMP, BENCH_CORPUS, BENCH_SPEC (scripts/bench/common.mjs).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { samplePages, loadPage, loadSpec, loadCore, median, p95, fmt, printTable, die } from './bench/common.mjs';
import { runReadability, runDefuddle, runDefuddleJsdom, makeOurs, loadDefuddle, settlesDom } from './bench/contenders.mjs';
import { makeBigPage } from './bench/big-page.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : dflt;
};
const ALL = argv.includes('--all');
const STEP = ALL ? 1 : opt('--step', 10);
const ROUNDS = Math.max(1, Math.min(50, opt('--rounds', 5)));
const BIG_MB = opt('--big-mb', 10);
const BIG_RUNS = Math.max(1, Math.min(5, opt('--big-runs', 1)));
const WITH_BJ = argv.includes('--defuddle-jsdom');

/** 0..n-1 in an order fixed by `seed` (Fisher-Yates with a small LCG); round 0 keeps page order. */
function shuffled(n, seed) {
  const order = Array.from({ length: n }, (_, i) => i);
  if (seed === 0) return order;
  let state = seed * 2654435761 >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

async function main() {
  const core = await loadCore();
  const dd = loadDefuddle();
  const contenders = [
    { key: 'ours', name: 'ours (clipDocument)', run: makeOurs(core) },
    { key: 'rt', name: 'Readability+Turndown', run: runReadability },
    { key: 'dd', name: 'Defuddle (linkedom)', run: runDefuddle },
  ];
  if (WITH_BJ) contenders.push({ key: 'ddj', name: 'Defuddle (jsdom)', run: runDefuddleJsdom });
  // BENCH_BEFORE=bundle.mjs: an earlier engine as one more contender in the same interleaved
  // rounds, so before and after see the same machine load.
  if (process.env.BENCH_BEFORE) {
    // eslint-disable-next-line no-unsanitized/method -- a bundle the caller made and named
    const before = await import(pathToFileURL(resolve(process.env.BENCH_BEFORE)).href);
    contenders.push({ key: 'before', name: 'ours before (BENCH_BEFORE)', run: makeOurs(before) });
  }

  const BIG_ONLY = argv.includes('--big-only');
  // --big-only: the large-page case alone, against the typical ms/MB of a short sample (spec + every 50th page, 1 round)
  const step = BIG_ONLY ? Math.max(STEP, 50) : STEP;
  const pages = [loadSpec(), ...samplePages(step).map(loadPage)];
  console.log(`bench:speed  node ${process.version}  defuddle ${dd.version}  pages ${pages.length} (spec + ${step <= 1 ? 'all corpus' : `every ${step}th corpus page`})  rounds ${BIG_ONLY ? 1 : ROUNDS}  (+1 warm-up)  DOM settled before timing: ${settlesDom ? 'yes' : 'no (BENCH_SETTLE=0)'}`);

  // samples[pageIndex][contenderKey] = [{domMs, extractMs, markdownMs}...]
  const samples = pages.map(() => Object.fromEntries(contenders.map((c) => [c.key, []])));
  const failures = new Map();
  const rounds = BIG_ONLY ? 1 : ROUNDS;
  for (let round = 0; round <= rounds; round++) {
    const t0 = performance.now();
    // Pages in a new order each round (seeded, so runs repeat): a GC pause that the pages
    // before one leave due then lands on a different page each round, and the per-page
    // median drops it instead of charging one page's contender every round.
    for (const pi of shuffled(pages.length, round)) {
      const page = pages[pi];
      // Interleave: rotate the contenders' order per page and round, so none always runs first.
      for (let k = 0; k < contenders.length; k++) {
        const c = contenders[(k + pi + round) % contenders.length];
        try {
          const r = await c.run(page.html, page.url);
          if (round > 0) samples[pi][c.key].push(r);
        } catch (error) {
          failures.set(`${c.key} ${page.id}`, String(error?.message ?? error).split('\n')[0]);
        }
      }
      // Yield to the event loop: jsdom frees a closed window's memory only then.
      await new Promise((resolve) => setImmediate(resolve));
    }
    process.stderr.write(`  round ${round === 0 ? 'warm-up' : round}/${rounds}: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }

  // Per page and contender: medians over the rounds.
  const perPage = pages.map((page, pi) => {
    const row = { id: page.id, bytes: Buffer.byteLength(page.html) };
    for (const c of contenders) {
      const s = samples[pi][c.key];
      row[c.key] = s.length === 0 ? null : {
        dom: median(s.map((x) => x.domMs)),
        extract: median(s.map((x) => x.extractMs)),
        markdown: median(s.map((x) => x.markdownMs)),
        both: median(s.map((x) => x.extractMs + x.markdownMs)),
      };
    }
    return row;
  });
  const complete = perPage.filter((r) => contenders.every((c) => r[c.key]));

  if (!BIG_ONLY) {
  console.log(`\n## Per-page medians over ${ROUNDS} rounds, then median / p95 across ${complete.length} pages (ms)\n`);
  const header = ['contender', 'DOM build med', 'extract med', 'extract p95', 'markdown med', 'markdown p95', 'extract+md med', 'extract+md p95', 'total incl. DOM med'];
  printTable(header, contenders.map((c) => {
    const col = (f) => complete.map((r) => f(r[c.key]));
    return [c.name, fmt(median(col((x) => x.dom)), 2), fmt(median(col((x) => x.extract)), 2), fmt(p95(col((x) => x.extract)), 2),
      fmt(median(col((x) => x.markdown)), 2), fmt(p95(col((x) => x.markdown)), 2), fmt(median(col((x) => x.both)), 2), fmt(p95(col((x) => x.both)), 2),
      fmt(median(col((x) => x.dom + x.both)), 2)];
  }));

  const ratio = (a, b) => (b > 0 ? a / b : NaN);
  const rRt = complete.map((r) => ({ id: r.id, ext: ratio(r.ours.extract, r.rt.extract), md: ratio(r.ours.markdown, r.rt.markdown), both: ratio(r.ours.both, r.rt.both) }));
  const rDd = complete.map((r) => ratio(r.ours.both, r.dd.both));
  console.log('\n## Ratios (per page, extract+markdown, DOM building excluded)\n');
  const status = (v, target) => (v <= target ? 'meets' : 'MISSES');
  const medRt = median(rRt.map((x) => x.both));
  const p95Rt = p95(rRt.map((x) => x.both));
  const medDd = median(rDd);
  printTable(['ratio', 'value', 'target', 'status'], [
    ['ours / Readability+Turndown, median', fmt(medRt, 2) + '×', '≤ 1.2×', status(medRt, 1.2)],
    ['ours / Readability+Turndown, p95', fmt(p95Rt, 2) + '×', '≤ 1.5×', status(p95Rt, 1.5)],
    ['ours / Defuddle(linkedom), median', fmt(medDd, 2) + '×', '≤ 0.5×', status(medDd, 0.5)],
    ['  extract only: ours / Readability, median', fmt(median(rRt.map((x) => x.ext)), 2) + '×', '', ''],
    ['  markdown only: ours / Turndown, median', fmt(median(rRt.map((x) => x.md)), 2) + '×', '', ''],
    ...(process.env.BENCH_BEFORE ? [
      ['before / Readability+Turndown, median', fmt(median(complete.map((r) => ratio(r.before.both, r.rt.both))), 2) + '×', '≤ 1.2×', ''],
      ['before / Readability+Turndown, p95', fmt(p95(complete.map((r) => ratio(r.before.both, r.rt.both))), 2) + '×', '≤ 1.5×', ''],
      ['before / Defuddle(linkedom), median', fmt(median(complete.map((r) => ratio(r.before.both, r.dd.both))), 2) + '×', '≤ 0.5×', ''],
    ] : []),
    ...(WITH_BJ ? [['ours / Defuddle(jsdom), median', fmt(median(complete.map((r) => ratio(r.ours.both, r.ddj.both))), 2) + '×', '', '']] : []),
  ]);

  console.log('\n## Per page: ours / Readability+Turndown (extract+md), worst 10 and the spec page\n');
  const byId = new Map(complete.map((r) => [r.id, r]));
  const worst = [...rRt].sort((a, b) => b.both - a.both).slice(0, 10);
  const spec = rRt.find((x) => x.id.startsWith('spec/'));
  if (spec && !worst.includes(spec)) worst.push(spec);
  printTable(['page', 'KB', 'ours ms', 'R+T ms', 'Defuddle ms', 'ours/R+T', 'extract ratio', 'md ratio'], worst.map((x) => {
    const r = byId.get(x.id);
    return [x.id, fmt(r.bytes / 1024, 0), fmt(r.ours.both, 2), fmt(r.rt.both, 2), fmt(r.dd.both, 2), fmt(x.both, 2) + '×', fmt(x.ext, 2) + '×', fmt(x.md, 2) + '×'];
  }));
  if (argv.includes('--per-page')) {
    console.log('\n## Every page: ours / Readability+Turndown\n');
    printTable(['page', 'KB', 'ours ms', 'R+T ms', 'ours/R+T'], rRt.map((x) => [x.id, fmt(byId.get(x.id).bytes / 1024, 0), fmt(byId.get(x.id).ours.both, 2), fmt(byId.get(x.id).rt.both, 2), fmt(x.both, 2) + '×']));
  }
  const dist = [0.5, 0.8, 1, 1.2, 1.5, 2, Infinity];
  const buckets = dist.map((hi, i) => `${i === 0 ? '<' : `${dist[i - 1]}–`}${hi === Infinity ? '' : hi}×${hi === Infinity ? '+' : ''}: ${rRt.filter((x) => x.both < hi && (i === 0 || x.both >= dist[i - 1])).length}`);
  console.log(`\nDistribution of ours/R+T over pages: ${buckets.join(', ')}`);
  }

  // Typical ms per MB (extract+markdown per MB of HTML), per contender.
  const msPerMb = (key) => median(complete.map((r) => r[key].both / (r.bytes / 1048576)));
  const domPerMb = (key) => median(complete.map((r) => r[key].dom / (r.bytes / 1048576)));

  if (!argv.includes('--no-big')) {
    const big = makeBigPage(BIG_MB);
    const mb = Buffer.byteLength(big.html) / 1048576;
    console.log(`\n## Large page: generated ${mb.toFixed(2)} MB article page (${big.paragraphs} paragraphs + junk), ${BIG_RUNS} run(s) each, best kept\n`);
    const rows = [];
    for (const c of contenders.slice(0, 3)) {
      let best = null;
      for (let i = 0; i < BIG_RUNS; i++) {
        const r = await c.run(big.html, big.url);
        await new Promise((resolve) => setImmediate(resolve));
        if (!best || r.extractMs + r.markdownMs < best.extractMs + best.markdownMs) best = r;
      }
      rows.push([c.name, fmt(best.domMs, 0), fmt(best.extractMs, 0), fmt(best.markdownMs, 0), fmt(best.extractMs + best.markdownMs, 0),
        fmt((best.extractMs + best.markdownMs) / mb, 1), fmt(msPerMb(c.key), 1), fmt(((best.extractMs + best.markdownMs) / mb) / msPerMb(c.key), 2) + '×', String(best.chars)]);
    }
    printTable(['contender', 'DOM ms', 'extract ms', 'markdown ms', 'extract+md ms', `ms/MB (${BIG_MB} MB page)`, 'ms/MB (typical page, median)', 'scaling', 'md chars'], rows);
    console.log(`(typical DOM build: ours ${fmt(domPerMb('ours'), 1)} ms/MB)`);
  }

  if (failures.size > 0) {
    console.log(`\n${failures.size} contender/page failures (excluded):`);
    for (const [k, v] of [...failures].slice(0, 10)) console.log(`  ${k}: ${v}`);
  }
}

main().then(() => process.exit(0), (error) => die(String(error?.stack ?? error).split('\n')[0]));
