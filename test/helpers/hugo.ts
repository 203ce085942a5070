// Runs ../shared/tools/check-hugo.sh on a folder of posts. Hugo is a system package:
// locally a test may skip without it, but on CI (CI set) its absence is a failure.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { sharedDir } from './paths';

export const checkHugoScript = join(sharedDir, 'tools/check-hugo.sh');

export function hugoOnPath(): boolean {
  return spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0;
}

/** Skip only when hugo is missing and we are not on CI. */
export function shouldSkipHugo(): boolean {
  return !hugoOnPath() && !process.env.CI;
}

export interface HugoCheck {
  status: number | null;
  output: string;
}

export function checkHugo(dir: string, options: { ignore?: string } = {}): HugoCheck {
  const run = spawnSync('bash', [checkHugoScript, dir], {
    encoding: 'utf8',
    env: { ...process.env, ...(options.ignore ? { CHECK_HUGO_IGNORE: options.ignore } : {}) },
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}` };
}
