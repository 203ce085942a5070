// The few chrome.* calls the tests make inside the extension's service worker.
// Typed here rather than through a global declaration, so src/ cannot use `chrome` by accident.

export interface ChromeApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string; pendingUrl?: string }>> };
  downloads: { search(q: object): Promise<Array<{ id: number; filename: string; state: string }>> };
  storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
}

/** Use only inside functions that run in the extension (worker.evaluate). */
export type WithChrome = typeof globalThis & { chrome: ChromeApi };
