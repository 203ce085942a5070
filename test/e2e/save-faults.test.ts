// Save-path faults end to end in Chromium (the cancelled download is in save-failure.test.ts):
// a download folder that cannot be created, the popup closed right after Save, storage.session
// full while editing; plus a page whose scripts break the page's own globals.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WithChrome } from './helpers/chrome-api';
import { savedFile } from './helpers/downloads';
import { closeAllPages, launchWithExtension, type Launched } from './helpers/launch';
import { SPEC_FILENAME, repoRoot, scratchDir, specDir } from './helpers/paths';
import { openPopup, waitForOutcome } from './helpers/popup';
import { servePages, type Served } from './helpers/serve';
import { clickToolbarButton } from './helpers/trigger';
import { wantedOutput } from '../support/wanted-output';

// The stress page whose inline scripts redefine JSON, Array.prototype.map,
// document.querySelector, document.title, getSelection and outerHTML (scripts/make-stress-pages.mjs).
const hostilePath = join(repoRoot, 'test/fixtures/stress/hostile-scripts.html');

/** The chrome.* calls these tests make in the service worker, beyond chrome-api.ts. */
type Ext = typeof globalThis & {
  chrome: {
    storage: {
      session: {
        get(k: string | null): Promise<Record<string, unknown>>;
        set(v: Record<string, unknown>): Promise<void>;
        clear(): Promise<void>;
        getBytesInUse(k: null): Promise<number>;
        QUOTA_BYTES: number;
      };
    };
    downloads: { search(q: object): Promise<Array<{ id: number; filename: string; state: string; error?: string }>> };
  };
};

let browser: Launched;
let server: Served;
let scratch: string;

beforeAll(async () => {
  // The generator writes the stress pages; run it here too when they are missing.
  await import('node:child_process').then(({ spawnSync }) => spawnSync(process.execPath, [join(repoRoot, 'scripts/make-stress-pages.mjs')], { timeout: 60_000 }));
  server = await servePages({
    '/article.html': readFileSync(join(specDir, 'article-page.html'), 'utf8'),
    '/hostile.html': readFileSync(hostilePath, 'utf8'),
  });
  browser = await launchWithExtension();
  scratch = scratchDir('save-faults');
});

afterEach(async () => {
  await closeAllPages(browser);
  await browser.worker.evaluate(() => (globalThis as Ext).chrome.storage.session.clear());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function popupOnSpecPage() {
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  const tabId = await clickToolbarButton(browser, page);
  const popup = await openPopup(browser, tabId);
  expect(await waitForOutcome(popup)).toBe('form');
  return { page, popup, tabId };
}

const draftEntries = () =>
  browser.worker.evaluate(async () => {
    const all = await (globalThis as Ext).chrome.storage.session.get(null);
    return Object.entries(all).filter(([k]) => k.startsWith('draft:')).map(([k, v]) => ({ key: k, value: v as { state: { fields: Record<string, unknown> } } }));
  });

describe('save faults in Chromium', () => {
  it('a download folder that cannot be written: the popup says so and the draft stays', async () => {
    // As root, chmod cannot make a folder unwritable (root ignores the mode bits), and CDP's
    // Browser.setDownloadBehavior does not apply to extension downloads. What really fails
    // here: the profile's download folder (Preferences download.default_directory) replaced
    // by a regular *file* of the same name, so Chromium can neither write into it nor create it.
    const dir = browser.downloadDir;
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(dir, 'a file where the download folder should be\n');
    try {
      const { popup } = await popupOnSpecPage();
      await popup.getByLabel('summary', { exact: true }).fill('My summary, kept through a failed save');
      await popup.click('#save');
      await popup.waitForFunction(() => /^(Not saved|Saved)/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 15_000 });
      const status = (await popup.textContent('#status')) ?? '';
      const item = (await browser.worker.evaluate(() => (globalThis as Ext).chrome.downloads.search({ orderBy: ['-startTime'], limit: 1 })))[0];
      console.log(`[save-faults] unwritable folder → ${JSON.stringify(status)} (download ${item?.state}, ${item?.error ?? 'no error'})`);
      expect(status).toMatch(/^Not saved: .+ Your edits are kept\.$/);
      expect(item?.state).toBe('interrupted');
      expect(await popup.getByLabel('summary', { exact: true }).inputValue()).toBe('My summary, kept through a failed save');
      expect(await popup.isEnabled('#save')).toBe(true);
      // The draft in storage still holds the edit.
      const drafts = await draftEntries();
      expect(drafts).toHaveLength(1);
      expect(drafts[0].value.state.fields.summary).toBe('My summary, kept through a failed save');
    } finally {
      rmSync(dir, { force: true });
      mkdirSync(dir);
    }
  });

  it('the popup closed right after Save: the background still writes the file', async () => {
    const { popup } = await popupOnSpecPage();
    // An edit first, so there is a draft as well as a file.
    await popup.getByLabel('summary', { exact: true }).fill('Saved by the background');
    const before = Date.now();
    await popup.click('#save');
    await popup.close();
    // The background owns the download: poll chrome.downloads from the service worker.
    const deadline = Date.now() + 10_000;
    let path = '';
    while (!path && Date.now() < deadline) {
      path = await browser.worker.evaluate(async (since) => {
        const items = await (globalThis as WithChrome).chrome.downloads.search({ orderBy: ['-startTime'], limit: 1, state: 'complete' });
        const item = items[0] as { filename: string; startTime?: string } | undefined;
        return item && item.startTime && Date.parse(item.startTime) >= since - 1000 ? item.filename : '';
      }, before);
      if (!path) await new Promise((r) => setTimeout(r, 100));
    }
    expect(path).not.toBe('');
    expect(basename(path)).toBe(SPEC_FILENAME);
    const wanted = wantedOutput().split('\n');
    wanted[3] = 'summary: "Saved by the background"';
    expect(readFileSync(path, 'utf8')).toBe(wanted.join('\n'));
    // If the popup dies before the reply, its draft of the saved clip stays (the next popup
    // offers it again: nothing lost); here the reply usually wins the race. Logged, not asserted.
    const drafts = await draftEntries();
    console.log(`[save-faults] popup closed after Save: file written; drafts left: ${drafts.length}`);
  });

  it('storage.session full while editing: a clear message, the edit is kept and Save still works', async () => {
    const { popup } = await popupOnSpecPage();
    // Fill the real 10 MB storage.session quota from the service worker until the next byte fails.
    const filled = await browser.worker.evaluate(async () => {
      const s = (globalThis as Ext).chrome.storage.session;
      let n = 0;
      let lastError = '';
      for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16]) {
        // Bounded: 10 MB is at most 10 of the largest pieces and 16 of each smaller one.
        for (let i = 0; i < 40; i++) {
          try {
            await s.set({ [`filler-${n}`]: 'x'.repeat(size) });
            n++;
          } catch (error) {
            lastError = String(error);
            break;
          }
        }
      }
      return { used: await s.getBytesInUse(null), quota: s.QUOTA_BYTES, n, lastError };
    });
    console.log(`[save-faults] storage.session filled: ${filled.used} of ${filled.quota} bytes in ${filled.n} items (${filled.lastError})`);
    expect(filled.quota - filled.used).toBeLessThan(100);
    await popup.getByLabel('title', { exact: true }).fill('Edited while storage is full');
    await popup.waitForFunction(() => document.getElementById('status')?.classList.contains('error'), undefined, { timeout: 10_000 });
    const status = (await popup.textContent('#status')) ?? '';
    console.log(`[save-faults] storage full → ${JSON.stringify(status)}`);
    expect(status).toMatch(/^The draft could not be kept: the browser's storage for drafts is full\. Your edits are still in this form/);
    expect(status).not.toMatch(/Error:/);
    // Nothing lost: the form keeps the edit and saves it.
    expect(await popup.getByLabel('title', { exact: true }).inputValue()).toBe('Edited while storage is full');
    await popup.evaluate(() => {
      (document.getElementById('status') as HTMLElement).textContent = '';
    });
    await popup.click('#save');
    const saved = await savedFile(browser, popup);
    expect(basename(saved.path)).toBe('edited-while-storage-is-full.md');
    expect(saved.text.split('\n')[1]).toBe('title: "Edited while storage is full"');
  });

  it('a page whose scripts break JSON, Array.prototype.map and querySelector is still captured', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/hostile.html'));
    // The page's own world really is broken…
    expect(await page.evaluate(() => {
      try {
        [1].map((x) => x);
        return 'map works';
      } catch (e) {
        return String(e);
      }
    })).toContain('map hijacked');
    // …but the content script runs in an isolated world with its own globals.
    const popup = await openPopup(browser, await clickToolbarButton(browser, page));
    expect(await waitForOutcome(popup)).toBe('form');
    expect(await popup.getByLabel('title', { exact: true }).inputValue()).toBe('A page that breaks the globals');
    const body = await popup.inputValue('#body');
    expect(body).toMatch(/^The council|^[A-Z][a-z]+ /);
    expect(body).not.toContain('hijacked');
    expect(body.split(/\s+/).length).toBeGreaterThan(100);
  });
});
