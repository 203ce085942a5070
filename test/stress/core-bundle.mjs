// Bundles the core (TypeScript) into one ES module that plain Node scripts and child
// processes can import: clipDocument, the settings, and the CLI's page reader (charset rules).
// Used by test/stress/clip-child.mjs (through stress.test.ts) and scripts/check-corpus.mjs.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

const ENTRY = `
export { clipDocument } from './src/core/clip';
export { DEFAULT_SETTINGS } from './src/settings/schema';
export { readPage } from './src/cli/read-page';
`;

/** Writes the bundle to outFile (inside the repo's .tmp/) and returns its path. */
export async function bundleCore(outFile) {
  mkdirSync(dirname(outFile), { recursive: true });
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'core-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['jsdom'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    outfile: outFile,
    logLevel: 'warning',
  });
  return outFile;
}

export const defaultBundlePath = (name) => join(root, '.tmp', name, 'core.mjs');
