// Storage areas: settings live in local storage; drafts prefer session storage
// (memory only, cleared with the browser) and fall back to local where it is missing.
import browser from 'webextension-polyfill';

type Area = 'local' | 'session';

function draftArea(): Area {
  // storage.session is MV3-only (Chrome 102+, Firefox 115+); feature-detect, not sniff.
  return 'session' in browser.storage && browser.storage.session ? 'session' : 'local';
}

function area(name: Area) {
  return name === 'session' ? browser.storage.session : browser.storage.local;
}

export async function readLocal(key: string): Promise<unknown> {
  const got = await browser.storage.local.get(key);
  return got[key];
}

export async function writeLocal(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}

export async function readDraftItem(key: string): Promise<unknown> {
  const got = await area(draftArea()).get(key);
  return got[key];
}

export async function writeDraftItem(key: string, value: unknown): Promise<void> {
  await area(draftArea()).set({ [key]: value });
}

export async function removeDraftItem(key: string): Promise<void> {
  await area(draftArea()).remove(key);
}
