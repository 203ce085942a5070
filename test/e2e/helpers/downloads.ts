// Reads back what the extension saved: the final path from chrome.downloads (in
// the service worker) and the file's bytes.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { WithChrome } from './chrome-api';
import type { Launched } from './launch';

/** Waits for the popup's status line to report the save, then returns the latest download's path. */
export async function savedFile(browser: Launched, popup: Page, timeout = 10_000): Promise<{ path: string; text: string }> {
  await popup.waitForFunction(() => /^Saved (to|as) /.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout });
  const path = await browser.worker.evaluate(async () => {
    const [item] = await (globalThis as WithChrome).chrome.downloads.search({ orderBy: ['-startTime'], limit: 1, state: 'complete' });
    return item?.filename ?? '';
  });
  if (!path) throw new Error('No completed download');
  return { path, text: readFileSync(path, 'utf8') };
}
