// Save stays disabled until the form is filled; a slow page shows progress, not a frozen popup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { closeAllPages, launchWithExtension, type Launched } from './helpers/launch';
import { specDir } from './helpers/paths';
import { openPopup, waitForOutcome } from './helpers/popup';
import { servePages, type Served } from './helpers/serve';
import { clickToolbarButton } from './helpers/trigger';

let browser: Launched;
let server: Served;

beforeAll(async () => {
  const html = readFileSync(join(specDir, 'article-page.html'), 'utf8');
  const cut = html.indexOf('</body>');
  server = await servePages({ '/slow.html': { head: html.slice(0, cut), tail: html.slice(cut), delayMs: 3000 } });
  browser = await launchWithExtension();
});

afterEach(() => closeAllPages(browser));

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('keeps Save and Copy disabled, with progress shown, until the form is filled', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/slow.html'), { waitUntil: 'commit' });
  const tabId = await clickToolbarButton(browser, page);
  const popup = await openPopup(browser, tabId);
  expect(await popup.isVisible('#progress')).toBe(true);
  expect(await popup.isDisabled('#save')).toBe(true);
  expect(await popup.isDisabled('#copy')).toBe(true);
  // The popup stays responsive while the page loads: it can evaluate script right away.
  expect(await popup.evaluate(() => document.getElementById('progress-text')?.textContent)).toMatch(/page/);
  expect(await waitForOutcome(popup)).toBe('form');
  expect(await popup.isEnabled('#save')).toBe(true);
  expect(await popup.isEnabled('#copy')).toBe(true);
});
