// Keeps docs/popup.png current: the popup filled from the spec page, as users see it.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { closeAllPages, launchWithExtension, type Launched } from './helpers/launch';
import { repoRoot, specDir } from './helpers/paths';
import { openPopup, waitForOutcome } from './helpers/popup';
import { servePages, type Served } from './helpers/serve';
import { clickToolbarButton } from './helpers/trigger';

let browser: Launched;
let server: Served;

beforeAll(async () => {
  server = await servePages({ '/article.html': readFileSync(join(specDir, 'article-page.html'), 'utf8') });
  browser = await launchWithExtension();
});

afterEach(() => closeAllPages(browser));

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('writes docs/popup.png of the filled popup', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  const popup = await openPopup(browser, await clickToolbarButton(browser, page));
  // Only a filled form is worth documenting; an error screen must not replace the picture.
  expect(await waitForOutcome(popup)).toBe('form');
  const out = join(repoRoot, 'docs/popup.png');
  mkdirSync(join(repoRoot, 'docs'), { recursive: true });
  await popup.screenshot({ path: out, fullPage: true });
  expect(statSync(out).size).toBeGreaterThan(10_000);
});
