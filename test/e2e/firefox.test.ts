// Firefox: the one manifest lints clean, and the add-on installs and its background
// page answers, saving a file through a blob: URL (Firefox refuses data: URLs).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { launchFirefox, openExtensionPage, type LaunchedFirefox } from './helpers/firefox';
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
});
