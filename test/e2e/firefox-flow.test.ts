// The complete clip flow in Firefox: a news tab, the popup on it, Save, and the file on disk
// compared with the spec's wanted output. Host access comes from a test-only manifest copy
// (see test/e2e/helpers/firefox-flow.ts for why activeTab cannot be granted here).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LaunchedFirefox } from './helpers/firefox';
import { openExtensionPage, openTabIn } from './helpers/firefox';
import { launchFirefoxWithHostAccess, TEST_HOST_PERMISSION } from './helpers/firefox-flow';
import { SPEC_FILENAME, specDir } from './helpers/paths';
import { servePages, type Served } from './helpers/serve';
import { wantedOutput } from '../support/wanted-output';

let firefox: LaunchedFirefox | undefined;
let server: Served | undefined;

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox: news tab → popup → Save → file', () => {
  it('saves the spec page byte for byte under the spec file name', async () => {
    const started = Date.now();
    server = await servePages({ '/article.html': readFileSync(join(specDir, 'article-page.html'), 'utf8') });
    firefox = await launchFirefoxWithHostAccess();
    const launched = Date.now();
    const { tabId } = await openTabIn(firefox, server.url('/article.html'));
    const popup = await openExtensionPage(firefox, `popup.html?tabId=${tabId}`);
    await popup.waitForSelector('#clip-form:not([hidden]), #problem:not([hidden])', { timeout: 15_000 });
    const problem = await popup.$eval('#problem', (el) => ((el as HTMLElement).hidden ? '' : el.textContent ?? ''));
    expect(problem).toBe('');
    expect(await popup.$eval('#filename', (el) => (el as HTMLInputElement).value)).toBe(SPEC_FILENAME);
    // The only extra access is the test copy's origin, granted at install (Firefox 127+);
    // without it the shipped build is refused on this tab (test/e2e/firefox.test.ts).
    const granted = await popup.evaluate(() => (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }).browser.permissions.getAll());
    expect(granted.origins).toEqual([TEST_HOST_PERMISSION]);
    const ready = Date.now();
    await popup.click('#save');
    await popup.waitForFunction(() => /^(Saved (to|as) |Not saved)/.test(document.getElementById('status')?.textContent ?? ''), { timeout: 10_000 });
    const status = await popup.$eval('#status', (el) => el.textContent ?? '');
    expect(status).toMatch(/^Saved to /);
    const path = status.slice('Saved to '.length);
    expect(basename(path)).toBe(SPEC_FILENAME);
    expect(path.startsWith(firefox.downloadDir)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(wantedOutput());
    console.log(`[firefox-flow] launch ${launched - started} ms, popup ready ${ready - launched} ms, saved ${Date.now() - ready} ms; total ${Date.now() - started} ms`);
  }, 60_000);
});
