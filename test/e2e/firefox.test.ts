// Firefox: the one manifest lints clean, and the add-on installs and its background
// page answers, saving a file through a blob: URL (Firefox refuses data: URLs).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { launchFirefox, openExtensionPage, openTabIn, type LaunchedFirefox } from './helpers/firefox';
import { servePages } from './helpers/serve';
import { firefoxDist, repoRoot } from './helpers/paths';

const run = promisify(execFile);
let firefox: LaunchedFirefox | undefined;

afterAll(async () => {
  await firefox?.close();
});

interface LintReport {
  summary: { errors: number; warnings: number };
  errors: Array<{ code: string; message: string }>;
}

describe('Firefox', () => {
  it('web-ext lint finds no errors in dist/firefox', async () => {
    const bin = `${repoRoot}node_modules/.bin/web-ext`;
    const { stdout } = await run(bin, ['lint', '--source-dir', firefoxDist, '--output', 'json', '--no-config-discovery'], {
      timeout: 60_000,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as LintReport;
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 90_000);

  it('installs in firefox-esr and its background saves a download', async () => {
    const started = Date.now();
    firefox = await launchFirefox();
    const page = await openExtensionPage(firefox, 'options.html');
    const text = '---\ntitle: "Firefox check"\n---\n\nIt works.\n';
    const reply = await page.evaluate(
      (t) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({
        type: 'download',
        text: t,
        filename: 'firefox-check.md',
        saveAs: false,
      }),
      text,
    );
    const ok = reply as { ok: boolean; path?: string; error?: string };
    expect(ok).toMatchObject({ ok: true });
    expect(readFileSync(ok.path as string, 'utf8')).toBe(text);
    console.log(`Firefox install + background download in ${Date.now() - started} ms`);
  }, 60_000);

  it('runs the popup, which explains a tab it was given no access to', async () => {
    if (!firefox) firefox = await launchFirefox();
    const server = await servePages({ '/a.html': '<!doctype html><title>A</title><p>Some text.</p>' });
    try {
      const { tabId } = await openTabIn(firefox, server.url('/a.html'));
      // No toolbar click here, so no activeTab: Firefox refuses the injection.
      const popup = await openExtensionPage(firefox, `popup.html?tabId=${tabId}`);
      await popup.waitForSelector('#problem:not([hidden])', { timeout: 10_000 });
      expect(await popup.$eval('#problem-text', (el) => el.textContent)).toMatch(/^Extensions can't read this page/);
      expect(await popup.$eval('#save', (el) => (el as HTMLButtonElement).disabled)).toBe(true);
    } finally {
      await server.close();
    }
  }, 60_000);
});
