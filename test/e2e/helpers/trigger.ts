// Grants activeTab the honest way: CDP Extensions.triggerAction runs the toolbar
// action on a tab exactly like a click (needs --enable-unsafe-extension-debugging).
import type { Page } from 'playwright-core';
import type { WithChrome } from './chrome-api';
import type { Launched } from './launch';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Clicks the extension's toolbar button for the tab showing `page`; returns that tab's id. */
export async function clickToolbarButton(browser: Launched, page: Page): Promise<number> {
  const cdp = await browser.context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('No browser CDP session');
  const url = page.url();
  // triggerAction wants the *tab* target (type 'tab'), which getTargets lists only with an
  // empty filter. Right after a navigation commits (a slow page, waitUntil 'commit') the
  // tab target may still show the previous URL for a moment: look again until it shows ours.
  let target: TargetInfo | undefined;
  for (const deadline = Date.now() + 5000; !target; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: TargetInfo[] };
    target = targetInfos.find((t) => t.type === 'tab' && t.url === url);
    if (!target && Date.now() > deadline) throw new Error(`No tab target for ${url}`);
  }
  await cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: target.targetId } as never);
  await cdp.detach();
  return tabIdOf(browser, url);
}

async function allTabIds(browser: Launched): Promise<number[]> {
  return browser.worker.evaluate(async () => {
    const tabs = await (globalThis as WithChrome).chrome.tabs.query({});
    return tabs.map((t) => t.id ?? -1);
  });
}

/**
 * Opens `url` in a new tab and returns its id. Works for browser pages too, whose
 * URL the extension may not see: the id is the one that was not there before.
 */
export async function openTab(browser: Launched, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await allTabIds(browser));
  const page = await browser.context.newPage();
  await page.goto(url);
  const fresh = (await allTabIds(browser)).filter((id) => id >= 0 && !before.has(id));
  if (fresh.length !== 1) throw new Error(`Expected one new tab for ${url}, found ${fresh.length}`);
  return { page, tabId: fresh[0] };
}

/** The browser's tab id for a URL, read where the tabs API lives: the service worker. */
export async function tabIdOf(browser: Launched, url: string): Promise<number> {
  const ids = await browser.worker.evaluate(async (u) => {
    const tabs = await (globalThis as WithChrome).chrome.tabs.query({});
    return tabs.filter((t) => t.url === u || t.pendingUrl === u).map((t) => t.id ?? -1);
  }, url);
  // Two tabs on one URL would make the test silently drive the wrong one.
  if (ids.length !== 1) throw new Error(`Expected one tab showing ${url}, found ${ids.length}`);
  return ids[0];
}
