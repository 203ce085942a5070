// Runs the content script in a tab and returns its page snapshot (the script's
// completion value). Any failure becomes an InjectionError the popup can explain.
import browser from 'webextension-polyfill';
import { isPageCapture, type PageCapture } from '../content/page-capture';
import type { InPageRequest } from '../content/clip-in-page';
import { isClipResult } from '../core/clip-result-shape';
import type { ClipResult } from '../core/types';
import { ENGINE_FILE, ENGINE_GLOBAL } from '../engine/bundle-name';
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

/** Drops a global of the extension's isolated world in the tab (self-contained, as above). */
function releaseGlobal(name: string): void {
  (globalThis as Record<string, unknown>)[name] = undefined;
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

/**
 * Runs in the tab after engine.js: the engine's entry point for a large page. Self-contained
 * (executeScript sends the function's source, not its closure), so it gets the name of
 * the global engine.js defines as an argument.
 */
function runEngineInPage(globalName: string, request: InPageRequest): Promise<unknown> {
  const engine = (globalThis as Record<string, unknown>)[globalName] as { clipInPage(r: unknown): Promise<unknown> } | undefined;
  if (!engine) return Promise.reject(new Error('the engine did not load in the page.'));
  return engine.clipInPage(request);
}

/**
 * Whether the engine should run in a tab for a large page. Not in Firefox: its content
 * scripts reach every DOM node through Xray wrappers, and the engine ran 8 times slower
 * there than in the popup (2.5 MB page: 11.9 s against 1.4 s). Only Firefox has
 * runtime.getBrowserInfo.
 */
export function tabEngineIsFast(): boolean {
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo !== 'function';
}

/** Runs the whole engine in the tab's own thread (see src/content/clip-in-page.ts). */
export async function clipInTab(tabId: number, request: InPageRequest): Promise<ClipResult> {
  await browser.scripting.executeScript({ target: { tabId }, files: [ENGINE_FILE] });
  const [first] = await browser.scripting.executeScript({ target: { tabId }, func: runEngineInPage, args: [ENGINE_GLOBAL, request] });
  if (!first) throw new Error('the browser returned no result from the page.');
  if (first.error !== undefined) throw new Error(messageOf(first.error));
  // Not awaited, as for the snapshot: the engine's module state (its last document among
  // it) would otherwise stay alive in the page until it navigates.
  browser.scripting.executeScript({ target: { tabId }, func: releaseGlobal, args: [ENGINE_GLOBAL] }).catch(() => undefined);
  if (!isClipResult(first.result)) throw new Error('the page returned an unexpected result.');
  return first.result;
}
