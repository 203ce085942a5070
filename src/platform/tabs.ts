// Tabs: which tab the popup works on, and what the browser tells us about it.
import browser from 'webextension-polyfill';

export interface TabInfo {
  id: number;
  /** Only known when we have access to the tab (activeTab granted); undefined otherwise. */
  url: string | undefined;
  title: string | undefined;
}

export async function getTab(tabId: number): Promise<TabInfo> {
  const tab = await browser.tabs.get(tabId);
  return { id: tabId, url: tab.url, title: tab.title };
}

/** The active tab of the window the popup belongs to. */
export async function activeTabId(): Promise<number> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || typeof tab.id !== 'number') throw new Error('No active tab found.');
  return tab.id;
}
