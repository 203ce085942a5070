// Opens the popup as a page aimed at a given tab (popup.html?tabId=N) and waits
// until it has left the progress stage.
import type { Page } from 'playwright-core';
import type { Launched } from './launch';

export async function openPopup(browser: Launched, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 560, height: 900 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`, { timeout: 10_000 });
  return popup;
}

/** Resolves once the form or a problem is visible (progress over): 'form', or 'problem: <its text>'. */
export async function waitForOutcome(popup: Page): Promise<string> {
  await popup.waitForSelector('#clip-form:not([hidden]), #problem:not([hidden])', { timeout: 15_000 });
  if (await popup.isVisible('#clip-form')) return 'form';
  return `problem: ${(await popup.textContent('#problem-text')) ?? ''}`;
}
