// Builds dist/chrome and dist/firefox (the same files: one manifest serves both)
// and the CLI in dist/cli. Usage: node scripts/build.mjs [--dev]
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync, readFileSync, chmodSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const dist = join(root, 'dist');

const extensionEntries = {
  background: 'src/background/main.ts',
  options: 'src/options/main.ts',
};
// The engine (Readability, Turndown, js-yaml, the public-suffix list) is its own classic
// script, exposed under a global name (the names in src/engine/bundle-name.ts): the popup
// loads it with a script tag while its shell paints and reads the page, and for a large
// page the popup injects the same file into the tab (src/content/clip-in-page.ts).
const engineEntry = 'src/engine/main.ts';
const engineGlobal = '__markdownNewsClipperEngine';
const popupEntry = 'src/popup/main.ts';
// The content script is built on its own: executeScript returns the completion value
// of the file, so the bundle is exposed under a global name and a footer expression
// makes its exported capture the file's last value.
const contentGlobal = '__markdownNewsClipper';
const staticFiles = ['src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html'];

async function buildExtension(target) {
  const out = join(dist, target);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const common = {
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    minify: !dev,
    // Source maps would carry local paths into the store zip; only for dev builds.
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  };
  const [result, popup, engine] = await Promise.all([
    build({
      ...common,
      entryPoints: Object.entries(extensionEntries).map(([name, path]) => ({ out: name, in: join(root, path) })),
      outdir: out,
    }),
    build({
      ...common,
      format: 'esm',
      entryPoints: [{ out: 'popup', in: join(root, popupEntry) }],
      outdir: out,
    }),
    build({
      ...common,
      entryPoints: [join(root, engineEntry)],
      globalName: engineGlobal,
      outfile: join(out, 'engine.js'),
    }),
    build({
      ...common,
      entryPoints: [join(root, 'src/content/main.ts')],
      globalName: contentGlobal,
      footer: { js: `${contentGlobal}.capture;` },
      outfile: join(out, 'content.js'),
    }),
  ]);
  for (const file of staticFiles) cpSync(join(root, file), join(out, file.split('/').pop()));
  cpSync(join(root, 'manifest.json'), join(out, 'manifest.json'));
  mkdirSync(join(out, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128]) cpSync(join(root, `icons/icon-${size}.png`), join(out, `icons/icon-${size}.png`));
  const metafile = {
    inputs: { ...result.metafile.inputs, ...popup.metafile.inputs, ...engine.metafile.inputs },
    outputs: { ...result.metafile.outputs, ...popup.metafile.outputs, ...engine.metafile.outputs },
  };
  writeFileSync(join(dist, `meta-${target}.json`), JSON.stringify(metafile));
}

async function buildCli() {
  const out = join(dist, 'cli');
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // jsdom stays a runtime dependency: it loads files relative to itself.
    external: ['jsdom'],
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    outfile: join(out, 'news-clipper.mjs'),
    logLevel: 'warning',
  });
  chmodSync(join(out, 'news-clipper.mjs'), 0o755);
}

await Promise.all([buildExtension('chrome'), buildExtension('firefox'), buildCli()]);
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
console.log(`built ${manifest.name} ${manifest.version}: dist/chrome, dist/firefox, dist/cli`);
