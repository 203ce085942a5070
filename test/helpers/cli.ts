// Runs the built CLI (dist/cli/news-clipper.mjs) as a user would: a separate node
// process. When the bundle is missing or older than src/, it is rebuilt first with
// the options scripts/build.mjs uses, so `vitest run test/cli` tests current code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { builtCli, repoRoot } from './paths';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export async function ensureCliBuilt(): Promise<void> {
  if (existsSync(builtCli) && statSync(builtCli).mtimeMs >= newestMtime(join(repoRoot, 'src'))) return;
  mkdirSync(dirname(builtCli), { recursive: true });
  // Build beside the target and rename: a concurrent reader never sees half a file.
  const tmp = `${builtCli}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(repoRoot, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['jsdom'],
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    outfile: tmp,
    logLevel: 'error',
  });
  renameSync(tmp, builtCli);
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; input?: string; nodeArgs?: string[] } = {}): CliRun {
  const run = spawnSync(process.execPath, [...(options.nodeArgs ?? []), builtCli, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input,
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
