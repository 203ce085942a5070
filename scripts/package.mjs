// Store-ready zips of dist/chrome and dist/firefox, made by `web-ext build`, into
// web-ext-artifacts/. The build has no source maps and no tests (only dist/ is zipped).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const webExt = join(root, 'node_modules/.bin/web-ext');
const outDir = join(root, 'web-ext-artifacts');

for (const target of ['chrome', 'firefox']) {
  const dir = join(root, 'dist', target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`package: ${dir} is not built; run npm run build`);
    process.exit(1);
  }
  const filename = `markdown-news-clipper-${version}-${target}.zip`;
  execFileSync(webExt, ['build', '--source-dir', dir, '--artifacts-dir', outDir, '--overwrite-dest', '--filename', filename], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`${join('web-ext-artifacts', filename)}  ${statSync(join(outDir, filename)).size} bytes`);
}
