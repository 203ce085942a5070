// The real toolbar popup (not popup.html opened as a tab): puppeteer-core clicks the
// action on the news tab, and the popup finds the active tab by itself (no ?tabId).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromeDist, scratchDir, specDir } from './helpers/paths';
import { servePages, type Served } from './helpers/serve';

let browser: Browser;
let server: Served;
let profile: string;

beforeAll(async () => {
  server = await servePages({ '/article.html': readFileSync(join(specDir, 'article-page.html'), 'utf8') });
  profile = scratchDir('puppeteer-profile');
  browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: profile,
    timeout: 20_000,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

it('opens from the toolbar and fills the form for the active tab', async () => {
  const id = await browser.installExtension(chromeDist);
  const extension = (await browser.extensions()).get(id);
  if (!extension) throw new Error('extension not listed after install');
  const page = await browser.newPage();
  await page.goto(server.url('/article.html'));
  const started = Date.now();
  await page.triggerExtensionAction(extension);
  const target = await browser.waitForTarget((t) => t.url() === `chrome-extension://${id}/popup.html`, { timeout: 10_000 });
  const popup = await target.asPage();
  await popup.waitForSelector('#clip-form:not([hidden]), #problem:not([hidden])', { timeout: 15_000 });
  expect(await popup.$eval('#problem', (el) => (el as HTMLElement).hidden)).toBe(true);
  const title = await popup.$eval('input[data-key="title"]', (el) => (el as HTMLInputElement).value);
  expect(title).toBe('Hegseth rules out NATO membership for Ukraine in peace deal with Russia');
  expect(await popup.$eval('#save', (el) => (el as HTMLButtonElement).disabled)).toBe(false);
  console.log(`toolbar popup filled in ${Date.now() - started} ms`);
});
