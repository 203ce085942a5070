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

/**
 * The most the draft area holds in all (storage.session: 10 MB in Chrome and Firefox),
 * undefined when the browser does not say (storage.local has no such limit with
 * unlimitedStorage, and a limit we cannot read is not one we can explain).
 */
export function draftQuotaBytes(): number | undefined {
  const quota = (area(draftArea()) as { QUOTA_BYTES?: unknown }).QUOTA_BYTES;
  return typeof quota === 'number' && quota > 0 ? quota : undefined;
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
