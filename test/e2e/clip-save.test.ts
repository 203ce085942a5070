// The main path through the shipped build: news page → toolbar click (activeTab)
// → popup fills → Save → the file on disk is exactly the spec's wanted output.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { savedFile } from './helpers/downloads';
import { SPEC_FILENAME } from './helpers/paths';
import { openPopup, waitForOutcome } from './helpers/popup';
import { useSpecSession } from './helpers/spec-session';
import { clickToolbarButton } from './helpers/trigger';
import { wantedOutput } from '../support/wanted-output';

// The spec with its one no-break space as the page has it (see test/support/wanted-output.ts).
const wanted = wantedOutput();
const session = useSpecSession();

async function popupOnSpecPage() {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url('/article.html'));
  const tabId = await clickToolbarButton(session.browser, page);
  return { page, popup: await openPopup(session.browser, tabId) };
}

describe('clip and save in Chromium', () => {
  it('saves the spec page byte for byte under the spec file name', async () => {
    const started = Date.now();
    const { page, popup } = await popupOnSpecPage();
    expect(await waitForOutcome(popup)).toBe('form');
    expect(await popup.isEnabled('#save')).toBe(true);
    expect(await popup.inputValue('#filename')).toBe(SPEC_FILENAME);
    await popup.click('#save');
    const saved = await savedFile(session.browser, popup);
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
    const unedited = await savedFile(session.browser, popup);
    await popup.evaluate(() => {
      (document.getElementById('status') as HTMLElement).textContent = '';
    });
    await popup.getByLabel('title', { exact: true }).fill('Hegseth: "no NATO" for Ukraine');
    // The file name follows the title until the user edits it.
    expect(await popup.inputValue('#filename')).toBe('hegseth-no-nato-for-ukraine.md');
    await popup.keyboard.press('Control+Enter');
    const saved = await savedFile(session.browser, popup);
    expect(basename(saved.path)).toBe('hegseth-no-nato-for-ukraine.md');
    const before = unedited.text.split('\n');
    const after = saved.text.split('\n');
    expect(after[1]).toBe('title: "Hegseth: \\"no NATO\\" for Ukraine"');
    expect(after.filter((_, i) => i !== 1)).toEqual(before.filter((_, i) => i !== 1));
    await popup.close();
    // A successful save drops the draft: the next popup clips afresh.
    const again = await openPopup(session.browser, await clickToolbarButton(session.browser, page));
    expect(await waitForOutcome(again)).toBe('form');
    expect(await again.isHidden('#notice')).toBe(true);
    expect(await again.getByLabel('title', { exact: true }).inputValue()).toBe(before[1].slice('title: "'.length, -1));
    await again.close();
    await page.close();
  });
});
