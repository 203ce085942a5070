// The popup and the CLI run the same core, but on different documents: the popup parses
// the tab's snapshot with the browser's DOMParser, the CLI builds a jsdom window. On real
// pages (dev corpus pages from the shared folder, served on localhost with their scripts
// blocked, as the CLI runs none) both must give the same post body and title.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/cli/document';
import { clipDocument } from '../../src/core/clip';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { closeAllPages, launchWithExtension, type Launched } from './helpers/launch';
import { repoRoot } from './helpers/paths';
import { openPopup, waitForOutcome } from './helpers/popup';
import { servePages, type Served } from './helpers/serve';
import { clickToolbarButton } from './helpers/trigger';

const corpus = join(repoRoot, '../shared/corpus');
// Every 20th page (PARITY_STEP=N: every N-th from PARITY_FROM; 3 gives 150 pages, about 3 min) of the datasets
// whose licences allow tests (never l3s), UTF-8 pages only.
const PAGES: Array<{ dataset: string; id: string }> = [];
if (existsSync(corpus)) {
  for (const dataset of ['trafilatura', 'readability', 'postlight']) {
    const index = JSON.parse(readFileSync(join(corpus, dataset, 'index.json'), 'utf8')) as { pages: Array<{ id: string; split: string }> };
    const dev = index.pages.filter((p) => p.split === 'dev');
    for (let i = Number(process.env.PARITY_FROM ?? 0); i < dev.length; i += Number(process.env.PARITY_STEP ?? 20)) {
      const meta = JSON.parse(readFileSync(join(corpus, dataset, dev[i].id, 'meta.json'), 'utf8')) as { encoding?: { detected?: string } };
      if ((meta.encoding?.detected ?? 'utf-8').toLowerCase() === 'utf-8') PAGES.push({ dataset, id: dev[i].id });
    }
  }
}

let browser: Launched;
let server: Served;

beforeAll(async () => {
  if (PAGES.length === 0) return;
  const pages = Object.fromEntries(
    PAGES.map((p, i) => [`/p${i}.html`, { body: gunzipSync(readFileSync(join(corpus, p.dataset, p.id, 'source.html.gz'))), contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" } }]),
  );
  server = await servePages(pages);
  browser = await launchWithExtension();
}, 60_000);

afterAll(async () => {
  await closeAllPages(browser);
  await browser?.close();
  await server?.close();
});

describe.skipIf(PAGES.length === 0)('popup and CLI give the same post', () => {
  PAGES.forEach((p, i) => {
    it(`${p.dataset}/${p.id}`, async () => {
      const url = server.url(`/p${i}.html`);
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const popup = await openPopup(browser, await clickToolbarButton(browser, page));
      const outcome = await waitForOutcome(popup);
      const html = gunzipSync(readFileSync(join(corpus, p.dataset, p.id, 'source.html.gz'))).toString('utf8');
      const { document, close } = makeDocument(html, url);
      const cli = clipDocument({ document, url, now: new Date(), settings: structuredClone(DEFAULT_SETTINGS), ownsDocument: true });
      close();
      if (!cli.isArticle) {
        expect(outcome).toBe('problem: No article found on this page.');
      } else {
        expect(outcome).toBe('form');
        expect(await popup.inputValue('#body')).toBe(cli.body);
        expect(await popup.getByLabel('title', { exact: true }).inputValue()).toBe(cli.frontMatter.title);
      }
      await popup.close();
      await page.close();
    }, 30_000);
  });
});
