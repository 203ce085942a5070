// The "save at once" setting: opening the clipper saves the post without a click,
// and the form stays on screen to show what went where.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { WithChrome } from './helpers/chrome-api';
import { savedFile } from './helpers/downloads';
import { launchWithExtension, type Launched } from './helpers/launch';
import { SPEC_FILENAME, specDir } from './helpers/paths';
import { openPopup, waitForOutcome } from './helpers/popup';
import { servePages, type Served } from './helpers/serve';
import { clickToolbarButton } from './helpers/trigger';
import { wantedOutput } from '../support/wanted-output';

let browser: Launched;
let server: Served;

beforeAll(async () => {
  server = await servePages({ '/article.html': readFileSync(join(specDir, 'article-page.html'), 'utf8') });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('saves the article as soon as the popup has it when shortcutAction is save-directly', async () => {
  // Stored as an older, unversioned settings object would be: migrateSettings must keep the choice.
  await browser.worker.evaluate(() => (globalThis as WithChrome).chrome.storage.local.set({ settings: { shortcutAction: 'save-directly' } }));
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  const popup = await openPopup(browser, await clickToolbarButton(browser, page));
  expect(await waitForOutcome(popup)).toBe('form');
  const saved = await savedFile(browser, popup);
  expect(basename(saved.path)).toBe(SPEC_FILENAME);
  expect(saved.text).toBe(wantedOutput());
});
