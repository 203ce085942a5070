// Where things are: the repo, the built extension, the shared spec, scratch space.
import { mkdtempSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const chromeDist = join(repoRoot, 'dist/chrome');
export const firefoxDist = join(repoRoot, 'dist/firefox');
export const specDir = join(repoRoot, '../shared/spec');
export const SPEC_FILENAME = 'hegseth-rules-out-nato-membership-for-ukraine-in-peace-deal-with-russia.md';

/** A fresh folder inside the repo's ignored .tmp/ (never the system temp dir). */
export function scratchDir(prefix: string): string {
  const base = join(repoRoot, '.tmp');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${prefix}-`));
}
