// Starts firefox-esr headless through puppeteer-core (WebDriver BiDi) with the built
// add-on installed and its moz-extension uuid pinned, so tests can open its pages.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxDist, scratchDir } from './paths';

export const GECKO_ID = 'markdown-news-clipper@example.org';
const UUID = '6f1d2c3e-8a4b-4c5d-9e6f-7a8b9c0d1e2f';

export interface LaunchedFirefox {
  browser: Browser;
  origin: string;
  downloadDir: string;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<LaunchedFirefox> {
  const profile = scratchDir('firefox-profile');
  const downloadDir = join(profile, 'downloads');
  mkdirSync(downloadDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    timeout: 30_000,
    // Needed to open moz-extension:// pages from automation.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  try {
    await browser.installExtension(firefoxDist);
  } catch (error) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    origin: `moz-extension://${UUID}`,
    downloadDir,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** page.goto to an extension page may never resolve in Firefox: start it and poll the URL instead. */
export async function openExtensionPage(firefox: LaunchedFirefox, path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  const url = `${firefox.origin}/${path}`;
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const href = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
    if (href === url) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not open`);
}

type TabsApi = { browser: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };

/** Opens a web page in a new tab and returns its id (the id that was not there before). */
export async function openTabIn(firefox: LaunchedFirefox, url: string): Promise<{ page: Page; tabId: number }> {
  const probe = await openExtensionPage(firefox, 'options.html');
  const ids = () => probe.evaluate(async () => (await (globalThis as unknown as TabsApi).browser.tabs.query({})).map((t) => t.id ?? -1));
  const before = new Set(await ids());
  const page = await firefox.browser.newPage();
  await page.goto(url, { timeout: 10_000 });
  const fresh = (await ids()).filter((id) => id >= 0 && !before.has(id));
  await probe.close();
  if (fresh.length !== 1) throw new Error(`Expected one new tab for ${url}, found ${fresh.length}`);
  return { page, tabId: fresh[0] };
}
