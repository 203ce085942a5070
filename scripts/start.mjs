// `npm start`: build, then open Chromium with the extension on the spec news page.
// Without a display there is nothing to show: say so and how to load the build by hand.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const chromeDir = join(root, 'dist/chrome');
const firefoxDir = join(root, 'dist/firefox');

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`
No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser can be opened here.
The extension is built. To try it by hand on a machine with a screen:

  Chrome / Chromium:  open chrome://extensions, turn on "Developer mode",
                      click "Load unpacked" and choose
                      ${chromeDir}

  Firefox:            open about:debugging#/runtime/this-firefox,
                      click "Load Temporary Add-on…" and choose
                      ${join(firefoxDir, 'manifest.json')}

Then open a news article and click the toolbar button (or press Alt+Shift+K).
`);
  process.exit(0);
}

// The spec page is the reference case; a fixture copy in the repo is preferred.
const fixture = join(root, 'test/fixtures/pages/spec-thehill/source.html');
const startPage = existsSync(fixture) ? fixture : resolve(root, '../shared/spec/article-page.html');

// Served over http on loopback: a file:// page would need "Allow access to file URLs".
const html = readFileSync(startPage);
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const startUrl = `http://127.0.0.1:${server.address().port}/sample-article.html`;

const args = [
  'run',
  '--target',
  'chromium',
  '--chromium-binary',
  process.env.CHROMIUM ?? '/usr/bin/chromium',
  '--source-dir',
  chromeDir,
  '--start-url',
  startUrl,
];
// Chromium refuses to start as root without this.
if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--arg=--no-sandbox');

const webExt = join(root, 'node_modules/.bin/web-ext');
console.log(`web-ext ${args.join(' ')}`);
console.log(`Sample article: ${startUrl} (click the toolbar button, or press Alt+Shift+K).`);
const child = spawn(webExt, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGINT'));
child.on('exit', (code) => {
  server.close();
  process.exit(code ?? 0);
});
