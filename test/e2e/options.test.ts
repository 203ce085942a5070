// The options page: settings persist through storage and migrateSettings; the
// profile is shown read only; the shortcut is named.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { closeAllPages, launchWithExtension, type Launched } from './helpers/launch';
import { HUGO_MAINROAD, SETTINGS_VERSION } from '../../src/settings/schema';

let browser: Launched;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterEach(() => closeAllPages(browser));

afterAll(async () => {
  await browser?.close();
});

it('saves the choices and shows the profile fields', async () => {
  const page = await browser.context.newPage();
  const url = `chrome-extension://${browser.extensionId}/options.html`;
  await page.goto(url);
  await page.waitForSelector('#profile-fields tbody tr');
  expect(await page.locator('#profile-fields tbody tr').count()).toBe(HUGO_MAINROAD.fields.length);
  expect(await page.textContent('#shortcut')).toBe('Alt+Shift+K');
  expect(await page.isChecked('#saveAs')).toBe(false);

  await page.check('#saveAs');
  await page.fill('#filenameMaxLength', '60');
  await page.locator('#filenameMaxLength').dispatchEvent('change');
  await page.waitForFunction(() => document.getElementById('options-status')?.textContent === 'Saved.');

  await page.reload();
  await page.waitForSelector('#profile-fields tbody tr');
  expect(await page.isChecked('#saveAs')).toBe(true);
  expect(await page.inputValue('#filenameMaxLength')).toBe('60');
  const stored = await browser.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await c.storage.local.get('settings')).settings as { saveAs: boolean; filenameMaxLength: number; version: number };
  });
  expect(stored).toMatchObject({ saveAs: true, filenameMaxLength: 60, version: SETTINGS_VERSION });
});
