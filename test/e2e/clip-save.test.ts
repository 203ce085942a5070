// The main path through the shipped build: news page → toolbar click (activeTab)
// → popup fills → Save → the file on disk is exactly the spec's wanted output.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { savedFile } from './helpers/downloads';
import { closeAllPages, launchWithExtension, type Launched } from './helpers/launch';
import { SPEC_FILENAME, specDir } from './helpers/paths';
import { openPopup, waitForOutcome } from './helpers/popup';
import { servePages, type Served } from './helpers/serve';
import { clickToolbarButton } from './helpers/trigger';
import { wantedOutput } from '../support/wanted-output';

// The spec with its one no-break space as the page has it (see test/support/wanted-output.ts).
const wanted = wantedOutput();
let browser: Launched;
let server: Served;

beforeAll(async () => {
  server = await servePages({ '/article.html': readFileSync(join(specDir, 'article-page.html'), 'utf8') });
  browser = await launchWithExtension();
});

afterEach(() => closeAllPages(browser));

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function popupOnSpecPage() {
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  const tabId = await clickToolbarButton(browser, page);
  return { page, popup: await openPopup(browser, tabId) };
}

describe('clip and save in Chromium', () => {
  it('saves the spec page byte for byte under the spec file name', async () => {
    const started = Date.now();
    const { page, popup } = await popupOnSpecPage();
    expect(await waitForOutcome(popup)).toBe('form');
    expect(await popup.isEnabled('#save')).toBe(true);
    expect(await popup.inputValue('#filename')).toBe(SPEC_FILENAME);
    await popup.click('#save');
    const saved = await savedFile(browser, popup);
    expect(basename(saved.path)).toBe(SPEC_FILENAME);
    expect(saved.text).toBe(wanted);
    expect(await popup.textContent('#status')).toContain(saved.path);
    console.log(`spec page clipped and saved in ${Date.now() - started} ms`);
    await popup.click('#copy');
    await popup.waitForFunction(() => /^Copied /.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 5_000 });
    await popup.close();
    await page.close();
  });

  it('saves an edited title and leaves the rest unchanged', async () => {
    const { page, popup } = await popupOnSpecPage();
    expect(await waitForOutcome(popup)).toBe('form');
    // Baseline: what this build saves for the unedited form.
    await popup.click('#save');
    const unedited = await savedFile(browser, popup);
    await popup.evaluate(() => {
      (document.getElementById('status') as HTMLElement).textContent = '';
    });
    await popup.getByLabel('title', { exact: true }).fill('Hegseth: "no NATO" for Ukraine');
    // The file name follows the title until the user edits it.
    expect(await popup.inputValue('#filename')).toBe('hegseth-no-nato-for-ukraine.md');
    await popup.keyboard.press('Control+Enter');
    const saved = await savedFile(browser, popup);
    expect(basename(saved.path)).toBe('hegseth-no-nato-for-ukraine.md');
    const before = unedited.text.split('\n');
    const after = saved.text.split('\n');
    expect(after[1]).toBe('title: "Hegseth: \\"no NATO\\" for Ukraine"');
    expect(after.filter((_, i) => i !== 1)).toEqual(before.filter((_, i) => i !== 1));
    await popup.close();
    // A successful save drops the draft: the next popup clips afresh.
    const again = await openPopup(browser, await clickToolbarButton(browser, page));
    expect(await waitForOutcome(again)).toBe('form');
    expect(await again.isHidden('#notice')).toBe(true);
    expect(await again.getByLabel('title', { exact: true }).inputValue()).toBe(before[1].slice('title: "'.length, -1));
    await again.close();
    await page.close();
  });
});
