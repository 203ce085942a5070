// Starts headless Chromium with the built extension in a fresh profile whose
// downloads go, under the extension's own file name, to a known folder.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromeDist, scratchDir } from './paths';

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  downloadDir: string;
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<Launched> {
  // The tests drive the built extension; a missing build should say so, not time out.
  if (!existsSync(join(chromeDist, 'manifest.json'))) throw new Error('dist/chrome is missing: run `node scripts/build.mjs` first');
  const profile = scratchDir('chromium-profile');
  const downloadDir = join(profile, 'downloads');
  mkdirSync(join(profile, 'Default'), { recursive: true });
  mkdirSync(downloadDir);
  // Read by Chromium at start: without it downloads would prompt or be renamed.
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ download: { default_directory: downloadDir, prompt_for_download: false } }),
  );
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    timeout: 20_000,
    acceptDownloads: false,
    args: [
      `--disable-extensions-except=${chromeDist}`,
      `--load-extension=${chromeDist}`,
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    const extensionId = new URL(worker.url()).host;
    // Playwright otherwise takes over downloads and renames the files.
    const cdp = await context.browser()?.newBrowserCDPSession();
    if (cdp) await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
    return {
      context,
      extensionId,
      worker,
      downloadDir,
      close: async () => {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** Closes every tab, so a failed test cannot leave a tab that confuses the next one. */
export async function closeAllPages(browser: Launched | undefined): Promise<void> {
  if (!browser) return;
  await Promise.all(browser.context.pages().map((page) => page.close().catch(() => undefined)));
}
