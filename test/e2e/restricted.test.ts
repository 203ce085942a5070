// Pages no extension may read get a plain explanation, never a stack trace.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeAllPages, launchWithExtension, type Launched } from './helpers/launch';
import { openPopup, waitForOutcome } from './helpers/popup';
import { openTab } from './helpers/trigger';

const EXPLANATION =
  "problem: Extensions can't read this page (browser pages, the web store and the PDF viewer are off limits). Open a news article and try again.";

let browser: Launched;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterEach(() => closeAllPages(browser));

afterAll(async () => {
  await browser?.close();
});

async function expectExplanation(tabId: number): Promise<void> {
  const popup = await openPopup(browser, tabId);
  expect(await waitForOutcome(popup)).toBe(EXPLANATION);
  const text = (await popup.textContent('body')) ?? '';
  expect(text).not.toMatch(/\bat \S+:\d+|Error:|undefined/);
  expect(await popup.isDisabled('#save')).toBe(true);
  await popup.close();
}

describe('pages where injection is impossible', () => {
  it('explains a browser page (chrome://version)', async () => {
    const { tabId } = await openTab(browser, 'chrome://version');
    await expectExplanation(tabId);
  });

  it("explains another extension page (the clipper's own options page in a tab)", async () => {
    const { tabId } = await openTab(browser, `chrome-extension://${browser.extensionId}/options.html`);
    await expectExplanation(tabId);
  });
});
