// Edits survive closing the popup: reopening on the same tab and URL restores the draft.
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
  server = await servePages({ '/article.html': readFileSync(join(specDir, 'article-page.html'), 'utf8') });
  browser = await launchWithExtension();
});

afterEach(() => closeAllPages(browser));

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('restores an edited body after the popup was closed, and Discard clips afresh', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  const tabId = await clickToolbarButton(browser, page);
  const first = await openPopup(browser, tabId);
  expect(await waitForOutcome(first)).toBe('form');
  const original = await first.inputValue('#body');
  await first.locator('#body').press('Control+End');
  await first.locator('#body').pressSequentially('\n\nMy own note.');
  await first.close();

  const second = await openPopup(browser, tabId);
  expect(await waitForOutcome(second)).toBe('form');
  expect(await second.inputValue('#body')).toBe(`${original}\n\nMy own note.`);
  expect(await second.textContent('#notice')).toContain('Restored your unsaved draft');

  await second.click('#discard');
  await second.waitForFunction(() => document.getElementById('notice')?.hidden === true, undefined, { timeout: 10_000 });
  expect(await waitForOutcome(second)).toBe('form');
  expect(await second.inputValue('#body')).toBe(original);
});
