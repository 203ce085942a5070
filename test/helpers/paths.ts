// Where tests find the repository, the shared folder beside it and the fixtures.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** ../shared beside the clone (spec, corpus, check-hugo.sh), as on CI. */
export const sharedDir = resolve(repoRoot, '../shared');
export const fixturePagesDir = join(repoRoot, 'test/fixtures/pages');
export const builtCli = join(repoRoot, 'dist/cli/news-clipper.mjs');
