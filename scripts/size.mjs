#!/usr/bin/env node
// Size report for the built extension: each bundle raw and gzipped, the store zips,
// the largest modules of each bundle, and a check that no package is bundled twice.
// Prints numbers; exits 1 only when it cannot run (no build, zip failure).
// Usage: node scripts/size.mjs   (after `node scripts/build.mjs`)
import { readFileSync, existsSync, statSync, mkdirSync, rmSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { root, printTable, die } from './bench/common.mjs';

const dist = join(root, 'dist');
const chrome = join(dist, 'chrome');
const BUNDLES = ['content.js', 'popup.js', 'engine.js', 'background.js', 'options.js'];
// Scripts a page loads itself, besides its <script> tags: the popup adds the engine
// (src/popup/core-loader.ts). The same engine.js runs in a tab for a large page, alone.
const LOADED_LATER = { 'popup.html': ['engine.js'] };
const TARGETS = { contentMin: 60 * 1024, chromeZip: 250 * 1024 };
const kb = (n) => (n / 1024).toFixed(1);

async function contentMetafile() {
  // scripts/build.mjs writes only the popup/background/options build's metafile;
  // rebuild the content script the same way (into .tmp) to see what is in it.
  const { build } = await import('esbuild');
  const out = join(root, '.tmp', 'size', 'content.js');
  const r = await build({
    entryPoints: [join(root, 'src/content/main.ts')], bundle: true, format: 'iife', target: ['chrome120', 'firefox128'],
    minify: true, legalComments: 'none', metafile: true, logLevel: 'error', globalName: '__markdownNewsClipper',
    footer: { js: '__markdownNewsClipper.capture;' }, outfile: out, absWorkingDir: root,
  });
  const [key] = Object.keys(r.metafile.outputs).filter((k) => k.endsWith('content.js'));
  return { inputs: r.metafile.outputs[key].inputs, rebuiltBytes: statSync(out).size };
}

function zipDir(target) {
  const dir = join(dist, target);
  const outDir = join(root, '.tmp', 'zips');
  mkdirSync(outDir, { recursive: true });
  const webExt = join(root, 'node_modules', '.bin', 'web-ext');
  const file = join(outDir, `${target}.zip`);
  rmSync(file, { force: true });
  try {
    execFileSync(webExt, ['build', '--source-dir', dir, '--artifacts-dir', outDir, '--overwrite-dest', '--filename', `${target}.zip`], { stdio: 'pipe', timeout: 120_000 });
    return { file, how: 'web-ext build' };
  } catch {
    // fall back to zip -9 (same contents: every file of the folder)
    execFileSync('zip', ['-q', '-r', '-9', '-X', file, '.'], { cwd: dir, stdio: 'pipe', timeout: 60_000 });
    return { file, how: 'zip -9' };
  }
}

/** 'node_modules/a/node_modules/@b/c/x.js' → '@b/c' (the innermost package), or null for own code. */
function packageOf(path) {
  const i = path.lastIndexOf('node_modules/');
  if (i < 0) return null;
  const rest = path.slice(i + 13).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}
function packageRoot(path) {
  const i = path.lastIndexOf('node_modules/');
  const rest = path.slice(i + 13).split('/');
  return path.slice(0, i + 13) + (rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]);
}

async function main() {
  if (!existsSync(join(chrome, 'manifest.json'))) die('dist/chrome is missing: run `node scripts/build.mjs` first');
  const metaPath = join(dist, 'meta-chrome.json');
  if (!existsSync(metaPath)) die('dist/meta-chrome.json is missing: run `node scripts/build.mjs` first');
  const meta = JSON.parse(readFileSync(metaPath, 'utf8'));

  // inputs per bundle
  const inputs = {};
  for (const b of BUNDLES) {
    const key = Object.keys(meta.outputs).find((k) => k.endsWith(`/chrome/${b}`));
    if (key) inputs[b] = meta.outputs[key].inputs;
  }
  let contentNote = '';
  if (!inputs['content.js']) {
    const c = await contentMetafile();
    inputs['content.js'] = c.inputs;
    contentNote = `content.js is not in dist/meta-chrome.json (scripts/build.mjs keeps only the other build's metafile); its modules come from an identical rebuild in .tmp/size (${c.rebuiltBytes} B).`;
  }

  console.log('## Bundles (dist/chrome)\n');
  const rows = [];
  let total = 0;
  let totalGz = 0;
  for (const b of BUNDLES) {
    const file = join(chrome, b);
    if (!existsSync(file)) die(`dist/chrome/${b} is missing`);
    const buf = readFileSync(file);
    const gz = gzipSync(buf, { level: 9 }).length;
    total += buf.length;
    totalGz += gz;
    const top = Object.entries(inputs[b] ?? {}).sort((x, y) => y[1].bytesInOutput - x[1].bytesInOutput).slice(0, 3)
      .map(([p, v]) => `${p.replace(/^node_modules\//, '')} ${kb(v.bytesInOutput)}`).join('; ');
    const target = b === 'content.js' ? `≤ 60 KB: ${buf.length <= TARGETS.contentMin ? 'meets' : 'MISSES'}` : '';
    rows.push([b, buf.length, kb(buf.length), kb(gz), target, top]);
  }
  rows.push(['total', total, kb(total), kb(totalGz), '', '']);
  printTable(['bundle', 'bytes', 'KB', 'gzip KB', 'target', 'three largest modules (KB in output)'], rows);
  if (contentNote) console.log(`\n${contentNote}`);

  console.log('\n## Store zips\n');
  const zrows = [];
  for (const target of ['chrome', 'firefox']) {
    // Others may be rebuilding dist/ at this moment (the build empties it first): wait a little.
    for (let i = 0; i < 30 && !existsSync(join(dist, target, 'manifest.json')); i++) execFileSync('sleep', ['1']);
    if (!existsSync(join(dist, target, 'manifest.json'))) die(`dist/${target} is missing: run \`node scripts/build.mjs\` first`);
    const { file, how } = zipDir(target);
    const size = statSync(file).size;
    zrows.push([target, file.replace(root + '/', ''), how, size, kb(size), target === 'chrome' ? `≤ 250 KB: ${size <= TARGETS.chromeZip ? 'meets' : 'MISSES'}` : '']);
  }
  printTable(['target', 'zip', 'made by', 'bytes', 'KB', 'target'], zrows);

  console.log('\n## Packages bundled twice\n');
  // Within one bundle (one JS context: each page/worker loads exactly one bundle):
  // a package present from two different install paths, or two builds of one package.
  const problems = [];
  for (const b of BUNDLES) {
    const byPkg = new Map();
    for (const p of Object.keys(inputs[b] ?? {})) {
      const pkg = packageOf(p);
      if (!pkg) continue;
      const rootPath = packageRoot(p);
      if (!byPkg.has(pkg)) byPkg.set(pkg, new Map());
      const roots = byPkg.get(pkg);
      if (!roots.has(rootPath)) roots.set(rootPath, new Set());
      roots.get(rootPath).add(p);
    }
    for (const [pkg, roots] of byPkg) {
      if (roots.size > 1) problems.push(`${b}: ${pkg} from ${roots.size} install paths: ${[...roots.keys()].join(', ')}`);
      for (const files of roots.values()) {
        // two different entry builds of one package (e.g. x.cjs.js and x.es.js) both in the bundle
        const dists = [...files].filter((f) => /(\.(cjs|umd|es|esm|browser)\.m?js|\/dist\/[^/]+\.m?js)$/.test(f));
        const flavours = new Set(dists.map((f) => f.replace(/^.*\//, '').replace(/\.(cjs|umd|es|esm|browser)(\.(es|esm))?\.m?js$/, '')));
        if (dists.length > 1 && flavours.size < dists.length) problems.push(`${b}: ${pkg} in ${dists.length} builds: ${dists.join(', ')}`);
      }
    }
  }
  // Which scripts load together in one context (an HTML page loading several bundles).
  for (const html of readdirSync(chrome).filter((f) => f.endsWith('.html'))) {
    const tags = [...readFileSync(join(chrome, html), 'utf8').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/^\.?\//, ''));
    const srcs = [...tags, ...(LOADED_LATER[html] ?? [])];
    if (srcs.length > 1) {
      const seen = new Map();
      for (const s of srcs) for (const p of Object.keys(inputs[s] ?? {})) {
        const pkg = packageOf(p);
        if (pkg && seen.has(pkg) && seen.get(pkg) !== s) problems.push(`${html}: ${pkg} in both ${seen.get(pkg)} and ${s}`);
        if (pkg) seen.set(pkg, s);
      }
    }
  }
  if (problems.length === 0) console.log('none: no package appears twice within a bundle or within one page/worker context.');
  else for (const p of problems) console.log(`DUPLICATE ${p}`);
  // Across contexts (not a runtime cost, but zip bytes): packages shipped in several bundles.
  const across = new Map();
  for (const b of BUNDLES) {
    const sizes = new Map();
    for (const [p, v] of Object.entries(inputs[b] ?? {})) {
      const pkg = packageOf(p);
      if (pkg) sizes.set(pkg, (sizes.get(pkg) ?? 0) + v.bytesInOutput);
    }
    for (const [pkg, n] of sizes) {
      if (!across.has(pkg)) across.set(pkg, []);
      across.get(pkg).push(`${b} ${kb(n)} KB`);
    }
  }
  const shared = [...across].filter(([, v]) => v.length > 1);
  console.log(`\nPackages in more than one bundle (each bundle runs in its own context, so each is loaded once per context; costs zip bytes only):`);
  if (shared.length === 0) console.log('  none');
  for (const [pkg, v] of shared) console.log(`  ${pkg}: ${v.join(', ')}`);
  const own = (b) => Object.entries(inputs[b] ?? {}).filter(([p]) => !packageOf(p)).reduce((s, [, v]) => s + v.bytesInOutput, 0);
  console.log(`\nOwn code (src/) per bundle: ${BUNDLES.map((b) => `${b} ${kb(own(b))} KB`).join(', ')}`);
}

main().then(() => process.exit(0), (error) => die(String(error?.message ?? error).split('\n')[0]));
