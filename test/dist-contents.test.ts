// What ships: the store zips are made from dist/chrome and dist/firefox (scripts/package.mjs),
// so these folders must hold only the extension's files: no source maps, no tests, no local paths.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const ALLOWED = /^(manifest\.json|(background|content|popup|options|engine)\.js|popup\.(html|css)|options\.html|icons\/icon-(16|32|48|128)\.png)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  const dir = join(root, 'dist', target);
  it.runIf(existsSync(dir))('holds only the extension files', () => {
    const names = files(dir).map((f) => relative(dir, f).split('\\').join('/'));
    expect(names.filter((n) => !ALLOWED.test(n))).toEqual([]);
    expect(names).toContain('manifest.json');
  });

  it.runIf(existsSync(dir))('has no source maps, local paths, eval or new Function in its scripts', () => {
    for (const file of files(dir).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/sourceMappingURL/);
      expect(text, file).not.toMatch(/\beval\(|new Function\(/);
      expect(text, file).not.toContain(root);
      expect(text, file).not.toMatch(/\/(root|home|work)\/[\w.-]+\//);
    }
  });
});
