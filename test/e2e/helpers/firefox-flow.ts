// Firefox with a *test-only copy* of dist/firefox that also asks for host permission on
// http://127.0.0.1/*, so the popup can read a local news tab under automation.
//
// Why this way: activeTab is granted only by a real user gesture (toolbar click, shortcut),
// and Firefox offers automation no way to make one (no Extensions.triggerAction as in Chromium;
// WebDriver BiDi cannot click browser chrome; the popup opened as popup.html?tabId=N is a tab,
// not a gesture). Since Firefox 127, host permissions a Manifest V3 add-on lists in
// host_permissions are granted when it is installed (checked: no pref needed on firefox-esr
// 153; the test asserts permissions.getAll()), so a copy with the one extra line gets
// the same access a toolbar click would give, on the test server's origin only. Everything
// else (popup, content script, background download through a blob URL) is the shipped build,
// byte for byte; only manifest.json differs, and the copy lives in .tmp/.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { GECKO_ID, type LaunchedFirefox } from './firefox';
import { firefoxDist, scratchDir } from './paths';

const UUID = '0b7e6a52-3c1d-4f8e-9a2b-5d4c3b2a1f0e';
export const TEST_HOST_PERMISSION = 'http://127.0.0.1/*';

/** dist/firefox copied into `dir` with host_permissions for the local test server. */
export function makeTestCopy(dir: string): string {
  const ext = join(dir, 'extension');
  cpSync(firefoxDist, ext, { recursive: true });
  const manifestPath = join(ext, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [TEST_HOST_PERMISSION];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return ext;
}

export async function launchFirefoxWithHostAccess(): Promise<LaunchedFirefox> {
  const scratch = scratchDir('firefox-flow');
  const profile = join(scratch, 'profile');
  const downloadDir = join(scratch, 'downloads');
  mkdirSync(profile);
  mkdirSync(downloadDir);
  const ext = makeTestCopy(scratch);
  const cleanup = () => rmSync(scratch, { recursive: true, force: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    timeout: 30_000,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  }).catch((error: unknown) => {
    cleanup();
    throw error;
  });
  try {
    await browser.installExtension(ext);
  } catch (error) {
    await browser.close().catch(() => undefined);
    cleanup();
    throw error;
  }
  return {
    browser,
    origin: `moz-extension://${UUID}`,
    downloadDir,
    close: async () => {
      await browser.close().catch(() => undefined);
      cleanup();
    },
  };
}
