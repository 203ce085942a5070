#!/usr/bin/env node
// Extraction quality benchmark on the shared dev corpus (tracker issue 3).
//
//   node scripts/bench-quality.mjs [--datasets l3s,trafilatura,postlight,readability] [--limit N] [--name NAME] [--no-baselines] [--build]
//
// 1. builds the CLI when dist/cli/news-clipper.mjs is missing (or always, with --build);
// 2. prepares .tmp/eval (a copy of ../shared/eval, `npm ci` when it has no node_modules);
// 3. runs its run.mjs on the dev split: baselines A (Readability+Turndown) and B (Defuddle)
//    and our CLI in batch mode (100 pages per process);
// 4. prints the summary tables, every l3s/readability page where our page F1 is more than
//    0.05 below A's, and the median extraction time per page (ours, A, B).
// Writes only under .tmp/ (and dist/ through the build script when the CLI is missing).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repo, '..', 'shared');
const evalSrc = join(shared, 'eval');
const corpus = join(shared, 'corpus');
const evalDir = join(repo, '.tmp', 'eval');
const cli = join(repo, 'dist', 'cli', 'news-clipper.mjs');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const datasets = opt('datasets', 'l3s,trafilatura,postlight,readability');
const limit = opt('limit', '');
const name = opt('name', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}`);
const contenders = args.includes('--no-baselines') ? 'none' : 'A,B';
const GAP = 0.05;

function run(cmd, cmdArgs, cwd) {
  const r = spawnSync(cmd, cmdArgs, { cwd, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`bench-quality: ${cmd} ${cmdArgs.join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(1);
  }
}

if (!existsSync(evalSrc) || !existsSync(corpus)) {
  console.error(`bench-quality: ${evalSrc} or ${corpus} is missing`);
  process.exit(1);
}
if (!existsSync(cli) || args.includes('--build')) {
  console.log('bench-quality: building');
  run(process.execPath, ['scripts/build.mjs'], repo);
}
if (!existsSync(join(evalDir, 'run.mjs'))) {
  console.log(`bench-quality: copying ${evalSrc} → .tmp/eval`);
  cpSync(evalSrc, evalDir, { recursive: true, filter: (src) => !src.includes(`${join(evalSrc, 'results')}`) && !src.includes(join(evalSrc, 'node_modules')) });
}
if (!existsSync(join(evalDir, 'node_modules'))) {
  console.log('bench-quality: npm ci in .tmp/eval');
  run('npm', ['ci', '--no-audit', '--no-fund'], evalDir);
}

const runArgs = [
  'run.mjs', '--root', corpus, '--split', 'dev', '--datasets', datasets, '--contenders', contenders,
  '--name', name, '--cmd-name', 'ours', '--batch-size', '100', '--quiet',
  '--batch-cmd', `node ${JSON.stringify(cli)} clip --batch {manifest} --jsonl`,
];
if (limit) runArgs.push('--limit', limit);
console.log(`bench-quality: node ${runArgs.join(' ')}`);
run(process.execPath, runArgs, evalDir);

const out = join(evalDir, 'results', name);
console.log(readFileSync(join(out, 'summary.md'), 'utf8'));

/** id → page F1 (Zyte 4-gram) from one pages.<key>.<dataset>.jsonl, or null when the file is absent. */
function pageF1(key, dataset) {
  const file = join(out, `pages.${key}.${dataset}.jsonl`);
  if (!existsSync(file)) return null;
  const scores = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const page = JSON.parse(line);
    scores.set(page.id, page.text?.zyte?.f1 ?? 0);
  }
  return scores;
}

if (contenders !== 'none') {
  console.log(`## Pages where ours is worse than A by more than ${GAP} page F1\n`);
  let worse = 0;
  for (const dataset of ['l3s', 'readability']) {
    const ours = pageF1('C', dataset);
    const a = pageF1('A', dataset);
    if (!ours || !a) continue;
    const rows = [];
    for (const [id, f1] of ours) {
      const base = a.get(id);
      if (base !== undefined && base - f1 > GAP) rows.push({ id, f1, base });
    }
    rows.sort((x, y) => (y.base - y.f1) - (x.base - x.f1));
    console.log(`${dataset}: ${rows.length} of ${ours.size} pages`);
    for (const r of rows) console.log(`  ${r.id}  ours ${r.f1.toFixed(3)}  A ${r.base.toFixed(3)}  (−${(r.base - r.f1).toFixed(3)})`);
    worse += rows.length;
  }
  console.log(worse ? '' : 'none\n');
}

console.log('## Median time per page (ms): extract / markdown / wall\n');
const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
const med = (t, k) => (t?.[k]?.median === undefined ? '–' : t[k].median.toFixed(1));
console.log('| dataset | contender | extract | markdown | wall |\n|---|---|---|---|---|');
for (const [dataset, byContender] of Object.entries(summary.results ?? {})) {
  for (const [contender, r] of Object.entries(byContender)) {
    console.log(`| ${dataset} | ${contender} | ${med(r.timings, 'extractMs')} | ${med(r.timings, 'markdownMs')} | ${med(r.timings, 'wallMs')} |`);
  }
}
console.log(`\nresults: ${out}`);
