// The four big stress pages (scripts/make-stress-pages.mjs → test/fixtures/stress/) in the
// real target: the shipped build in headless Chromium, one browser for all of them. Each page
// is served on loopback, the toolbar action is triggered (CDP Extensions.triggerAction, as a
// click), and the popup must show progress while it works and then a filled form, within a
// generous bound (a bound, not a benchmark: `npm run bench:browser` prints the numbers). The
// 10 MB page is also edited and saved, and the file must be a well-formed post; the page's heap
// must not keep the snapshot. The engine runs in the popup in slices (src/popup/slices.ts), so
// while the 10 MB page is clipped the popup's timers (and so its clicks and redraws) must never
// wait anywhere near the whole clip: before the slices they waited 17 s, the whole engine.
//
// The small stress pages follow (frameset, SVG, XHTML, a bogus charset, an empty body), served
// with their own content types: each ends in a filled form or the clear "no article" message.
//
// The four big ones are the pages test/stress/stress.test.ts skips unless STRESS_BIG=1: on jsdom they take
// minutes (its DOM is far slower than a browser's), here seconds. Since this file runs them in
// `npm test` where users meet them, the jsdom versions stay STRESS_BIG-only.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { savedFile } from './helpers/downloads';
import { closeAllPages, launchWithExtension, type Launched } from './helpers/launch';
import { repoRoot } from './helpers/paths';
import { openWatchedPopup, readWatch, type PopupWatch } from './helpers/popup-watch';
import { openPopup, waitForOutcome } from './helpers/popup';
import { servePages, type Served, type TypedPage } from './helpers/serve';
import { clickToolbarButton } from './helpers/trigger';
import { splitPost } from '../helpers/front-matter';
import { MARKDOWN_CHECKS } from '../helpers/markdown-checks';

const dir = join(repoRoot, 'test/fixtures/stress');

/**
 * Seconds from the toolbar click to the filled form. Generous: on this 2-core machine the
 * 10 MB page takes about 20-30 s and the others 1-3 s; CI runs other browser tests beside it.
 */
const BOUND_S: Record<string, number> = { 'big-10mb': 120, 'elements-100k': 30, 'deep-5000': 30, 'images-10k': 30 };
/** The opening words of each page's article: the form must hold the article, not some other part. */
const ARTICLE_START: Record<string, RegExp> = {
  'big-10mb': /^## Part 1\n\n[A-Z]/,
  'elements-100k': /^[A-Z][a-z]+ [a-z]+/,
  'deep-5000': /^(Five thousand levels deep\n\n)?[A-Z][a-z]+ [a-z]+/,
  'images-10k': /^[A-Z][a-z]+ [a-z]+/,
};
const TITLE: Record<string, string> = {
  'big-10mb': 'A ten megabyte article',
  'elements-100k': 'One hundred thousand elements',
  'deep-5000': 'Five thousand levels deep',
  'images-10k': 'Ten thousand images',
};

/**
 * The small stress pages, served with their own content types: what the popup must end with.
 * (hostile-scripts is in save-faults.test.ts.) Chromium shows a frameset's frames and an SVG
 * as documents with no article text: the clear message, with "Clip whole page" offered.
 */
const SMALL: Record<string, { file: string; contentType: string; outcome: 'form' | 'no article'; bodyHas?: string; title?: string }> = {
  frameset: { file: 'frameset.html', contentType: 'text/html', outcome: 'no article' },
  svg: { file: 'drawing.svg', contentType: 'image/svg+xml', outcome: 'no article' },
  'empty-body': { file: 'empty-body.html', contentType: 'text/html', outcome: 'no article' },
  xhtml: { file: 'article.xhtml', contentType: 'application/xhtml+xml', outcome: 'form', title: 'An XHTML article', bodyHas: 'Self-closing' },
  // No charset in the header, a bogus one in the page: Latin-1 bytes must decode as windows-1252.
  'bogus-charset': { file: 'bogus-charset.html', contentType: 'text/html', outcome: 'form', title: 'A bogus charset', bodyHas: 'Café déjà vu, naïve.' },
};

let browser: Launched;
let server: Served;

beforeAll(async () => {
  // A no-op when the pages exist and are current.
  const made = spawnSync(process.execPath, [join(repoRoot, 'scripts/make-stress-pages.mjs')], { encoding: 'utf8', timeout: 60_000 });
  if (made.status !== 0) throw new Error(`make-stress-pages failed: ${made.stderr || made.error}`);
  const pages: Record<string, string | TypedPage> = {};
  for (const name of Object.keys(BOUND_S)) pages[`/${name}.html`] = readFileSync(join(dir, `${name}.html`), 'utf8');
  for (const { file, contentType } of Object.values(SMALL)) pages[`/${file}`] = { body: readFileSync(join(dir, file)), contentType };
  server = await servePages(pages);
  browser = await launchWithExtension();
}, 90_000);

afterEach(() => closeAllPages(browser));

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Clipped {
  page: Page;
  popup: Page;
  watch: PopupWatch;
  clickToFormMs: number;
  /** The page's JS heap after a full GC, before the click and after the clip, in MB. */
  heapMb: { before: number; after: number };
}

/** The page's used JS heap after a full GC (its main world and the extension's isolated world share it). */
async function pageHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1048576;
  } finally {
    await cdp.detach();
  }
}

/** Opens the page, clicks the toolbar button, waits for the popup's outcome; logs what it saw. */
async function clip(name: string): Promise<Clipped> {
  const page = await browser.context.newPage();
  // Clicked once the document is parsed, as a reader would: the gallery's 10,000 images
  // (404s here) keep the load event away for many seconds.
  await page.goto(server.url(`/${name}.html`), { timeout: 60_000, waitUntil: 'domcontentloaded' });
  const heapBefore = await pageHeapMb(page);
  const clicked = Date.now();
  const tabId = await clickToolbarButton(browser, page);
  const popup = await openWatchedPopup(browser, tabId);
  await popup.waitForSelector('#clip-form:not([hidden]), #problem:not([hidden])', { timeout: BOUND_S[name] * 1000 });
  const clickToFormMs = Date.now() - clicked;
  // One more tick, so the watcher has measured the task that filled the form.
  await popup.evaluate(() => new Promise((resolve) => setTimeout(resolve, 20)));
  const watch = await readWatch(popup);
  // The popup lets go of the page's snapshot right after the capture; give that call a moment.
  await page.waitForTimeout(200);
  const heapMb = { before: heapBefore, after: await pageHeapMb(page) };
  const steps = watch.progress.map((p) => `${p.text} ${p.at.toFixed(0)} ms${p.paintedAt === null ? ' (never painted)' : ''}`).join(', ');
  console.log(
    `[stress-browser] ${name}: click → outcome ${clickToFormMs} ms; progress: ${steps}; done ${watch.doneAt?.toFixed(0)} ms; ` +
      `popup longest task ${watch.longestTaskMs.toFixed(0)} ms, longest timer gap ${watch.maxTimerGapMs.toFixed(0)} ms; ` +
      `page heap ${heapMb.before.toFixed(1)} → ${heapMb.after.toFixed(1)} MB`,
  );
  return { page, popup, watch, clickToFormMs, heapMb };
}

/** Progress was on screen before the outcome: "Reading the page…", then the extraction step, painted before the long work. */
function expectProgressShown(watch: PopupWatch): void {
  const texts = watch.progress.map((p) => p.text);
  expect(texts[0]).toMatch(/^Reading the page/);
  const extracting = watch.progress.find((p) => /^Extracting the article/.test(p.text));
  expect(extracting, texts.join(' / ')).toBeDefined();
  expect(watch.doneAt).not.toBeNull();
  // A frame showing it was produced before the form replaced it: the user saw what is going on.
  expect(extracting?.paintedAt, 'the extraction progress was painted').not.toBeNull();
  expect(extracting?.paintedAt as number).toBeLessThanOrEqual(watch.doneAt as number);
}

async function expectFilledForm(name: string, popup: Page): Promise<string> {
  expect(await popup.isVisible('#clip-form'), (await popup.textContent('#problem-text')) ?? '').toBe(true);
  expect(await popup.isEnabled('#save')).toBe(true);
  expect(await popup.getByLabel('title', { exact: true }).inputValue()).toBe(TITLE[name]);
  const body = await popup.inputValue('#body');
  expect(body).toMatch(ARTICLE_START[name]);
  return body;
}

describe('the big stress pages in Chromium', () => {
  for (const name of ['elements-100k', 'deep-5000', 'images-10k']) {
    it(`${name}: progress, then a filled form within ${BOUND_S[name]} s`, async () => {
      const { popup, watch, clickToFormMs } = await clip(name);
      expect(clickToFormMs).toBeLessThan(BOUND_S[name] * 1000);
      expectProgressShown(watch);
      const body = await expectFilledForm(name, popup);
      for (const check of MARKDOWN_CHECKS) expect(check.find(body), check.name).toBeNull();
    }, BOUND_S[name] * 1000 + 30_000);
  }

  it(`big-10mb: progress, a filled form within ${BOUND_S['big-10mb']} s, an edit kept with a clear word on drafts, and Save writes a well-formed 10 MB post`, async () => {
    const { popup, watch, clickToFormMs, heapMb } = await clip('big-10mb');
    expect(clickToFormMs).toBeLessThan(BOUND_S['big-10mb'] * 1000);
    // Nothing left behind in the page: not the 10 MB snapshot (the content script's global held it).
    expect(heapMb.after - heapMb.before).toBeLessThan(3);
    expectProgressShown(watch);
    // A large page says so, and the popup, free while the tab works, counts the seconds.
    const ticks = watch.progress.map((p) => p.text).filter((t) => /^Extracting the article from a large page \(10\.0 MB\); this can take a while… \d+ s$/.test(t));
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    // The popup stays responsive: the engine runs in the tab (its own thread), so the popup's
    // longest wait is far below the 0.6 s of Readability's parse it used to hold it for.
    expect(watch.maxTimerGapMs).toBeLessThan(1000);
    const body = await expectFilledForm('big-10mb', popup);
    expect(body.length).toBeGreaterThan(9 * 1024 * 1024);
    // The 9 MB body waits behind a button: laid out in the textarea it held the popup 1 s more.
    expect(await popup.isHidden('#body')).toBe(true);
    expect(await popup.textContent('#show-body')).toMatch(/^Show the body to edit it \(\d+\.\d MB: the popup pauses a moment\)$/);
    // The last part of the page made it into the form.
    expect(body).toMatch(/\n## Part (\d{3})\n/);
    // An edit: the draft (the whole 10 MB body) cannot fit the browser's 10 MB draft storage.
    // The popup says so in a sentence, and the form keeps the edit for Save.
    await popup.getByLabel('title', { exact: true }).fill('A ten megabyte article, edited');
    await popup.waitForFunction(() => document.getElementById('status')?.classList.contains('error'), undefined, { timeout: 10_000 });
    const status = (await popup.textContent('#status')) ?? '';
    console.log(`[stress-browser] big-10mb: edit → ${JSON.stringify(status)}`);
    expect(status).toMatch(/^This clip is too large to keep as a draft \(10\.\d MB; the browser keeps at most 10\.0 MB of drafts\)\. Your edits are in this form; save or copy them before closing\.$/);
    const saveStarted = Date.now();
    await popup.click('#save');
    const saved = await savedFile(browser, popup, 60_000);
    console.log(`[stress-browser] big-10mb: saved ${saved.text.length} characters in ${Date.now() - saveStarted} ms`);
    const { yaml: head, body: savedBody } = splitPost(saved.text);
    const fm = yaml.load(head) as Record<string, unknown>;
    expect(fm.title).toBe('A ten megabyte article, edited');
    // The form's body, whole (not printed on failure: 10 MB).
    expect(savedBody.includes(body)).toBe(true);
    for (const check of MARKDOWN_CHECKS) expect(check.find(saved.text), check.name).toBeNull();
    // Asked for, the body shows up for editing.
    await popup.click('#show-body');
    await popup.waitForSelector('#body:not([hidden])', { timeout: 30_000 });
    expect(await popup.isHidden('#show-body')).toBe(true);
  }, BOUND_S['big-10mb'] * 1000 + 120_000);
});

describe('the small stress pages in Chromium', () => {
  for (const [name, want] of Object.entries(SMALL)) {
    it(`${name} (${want.contentType}): ${want.outcome === 'form' ? 'a filled form' : 'the clear "no article" message'}`, async () => {
      const page = await browser.context.newPage();
      await page.goto(server.url(`/${want.file}`));
      const popup = await openPopup(browser, await clickToolbarButton(browser, page));
      if (want.outcome === 'no article') {
        expect(await waitForOutcome(popup)).toBe('problem: No article found on this page.');
        expect(await popup.isEnabled('#clip-page')).toBe(true);
        expect(await popup.isDisabled('#save')).toBe(true);
        return;
      }
      expect(await waitForOutcome(popup)).toBe('form');
      expect(await popup.getByLabel('title', { exact: true }).inputValue()).toBe(want.title);
      const body = await popup.inputValue('#body');
      expect(body).toContain(want.bodyHas);
      for (const check of MARKDOWN_CHECKS) expect(check.find(body), check.name).toBeNull();
    });
  }
});
