// Runs the content script in a tab and returns its page snapshot (the script's
// completion value). Any failure becomes an InjectionError the popup can explain.
import browser from 'webextension-polyfill';
import { isPageCapture, type PageCapture } from '../content/page-capture';
import { classifyInjectionFailure, InjectionError, isRestrictedUrl } from './injection-error';

const CONTENT_SCRIPT = 'content.js';

/**
 * Runs in the tab after the capture. The content script's bundle keeps its snapshot on a
 * global of the extension's isolated world (`var __markdownNewsClipper`, the name
 * scripts/build.mjs gives it, so executeScript can return the snapshot): without this, the
 * page would keep a copy of its own HTML alive (10 MB for a 10 MB page) until it navigates.
 * Self-contained: executeScript sends the function's source, not its closure.
 */
function releaseSnapshot(): void {
  (globalThis as Record<string, unknown>).__markdownNewsClipper = undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function capturePageInTab(tabId: number, knownUrl: string | undefined): Promise<PageCapture> {
  // Refuse early where we know the browser will refuse, so the reason is ours and clear.
  if (knownUrl !== undefined && isRestrictedUrl(knownUrl)) throw new InjectionError('restricted', knownUrl);
  let results: Awaited<ReturnType<typeof browser.scripting.executeScript>>;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  } catch (error) {
    const message = messageOf(error);
    throw new InjectionError(classifyInjectionFailure(knownUrl, message), message);
  }
  const first = results[0];
  if (!first) throw new InjectionError('other', 'the browser returned no result from the page.');
  if (first.error !== undefined) throw new InjectionError('other', messageOf(first.error));
  if (!isPageCapture(first.result)) throw new InjectionError('other', 'the page returned an unexpected result.');
  // Not awaited: the snapshot is already here, and a failure only leaves memory to the page's next navigation.
  browser.scripting.executeScript({ target: { tabId }, func: releaseSnapshot }).catch(() => undefined);
  return first.result;
}
