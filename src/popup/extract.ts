// Fresh clip: snapshot the tab, parse it inertly, run the pure core. The popup
// shows progress and yields to the event loop between steps so it never freezes.
import { loadCore } from './core-loader';
import type { ClipMode, ClipResult } from '../core/types';
import type { ClipStep } from '../core/steps';
import type { PageCapture } from '../content/page-capture';
import { capturePageInTab, clipInTab, tabEngineIsFast } from '../platform/inject';
import type { Settings } from '../settings/schema';
import { showProgress } from './view';
import { megabytes } from './counts';

// After this long the page is probably still loading (executeScript waits for it).
const SLOW_PAGE_MS = 2500;

/** Lets the browser paint the progress text before the synchronous core runs. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export async function captureTab(tabId: number, knownUrl: string | undefined): Promise<PageCapture> {
  showProgress('Reading the page…');
  const slow = setTimeout(() => showProgress('Still waiting for the page to finish loading…'), SLOW_PAGE_MS);
  try {
    return await capturePageInTab(tabId, knownUrl);
  } finally {
    clearTimeout(slow);
  }
}

// From this size on, the progress line says the page is large: the engine then works for
// seconds (about 2 s per MB in Chromium), in slices (see slices.ts).
const LARGE_PAGE_CHARS = 1_000_000;

/** What the progress line adds while the engine works on a large page. */
const STEP_TEXT: Record<ClipStep, string> = {
  metadata: 'reading the metadata',
  prepare: 'preparing the page',
  readability: 'finding the article',
  cleanup: 'removing clutter',
  markdown: 'writing Markdown',
  post: 'writing the post',
};

const WHAT: Record<ClipMode, string> = {
  article: 'Extracting the article',
  page: 'Converting the whole page',
  selection: 'Converting the selection',
};

/** The progress line for a clip: what is being done, and for a large page that it will take a while. */
export function clipProgressText(mode: ClipMode, pageChars: number): string {
  const what = WHAT[mode];
  if (mode === 'selection' || pageChars < LARGE_PAGE_CHARS) return `${what}…`;
  const size = megabytes(pageChars);
  return mode === 'article' ? `${what} from a large page (${size}); this can take a while…` : `${what} (${size}); this can take a while…`;
}

/** The progress line while the engine pauses between steps on a large page. */
export function stepProgressText(mode: ClipMode, pageChars: number, step: ClipStep): string {
  const size = pageChars >= LARGE_PAGE_CHARS ? ` (${megabytes(pageChars)})` : '';
  return `${WHAT[mode]}${size}: ${STEP_TEXT[step]}…`;
}

// From this size on, the engine runs in the page's tab instead of the popup (where the
// browser allows it at full speed: see tabEngineIsFast). Its longest step, Readability's
// parse, cannot be split: about 60 ms per MB, so on a 10 MB page it held the popup for
// 0.6 s. The tab has its own thread; the popup stays free to redraw and count the seconds.
export const IN_TAB_CHARS = 2_000_000;

async function clipInPopup(capture: PageCapture, settings: Settings, mode: ClipMode, now: Date): Promise<ClipResult> {
  const [{ clipSteps, snapshotDocument, runInSlices }] = await Promise.all([loadCore(), nextPaint()]);
  const steps = clipSteps({
    document: snapshotDocument(capture.html, capture.url, new DOMParser()),
    url: capture.url,
    now,
    settings,
    mode,
    selectionHtml: capture.selectionHtml,
    // A fresh document parsed from the capture: nobody else uses it.
    ownsDocument: true,
  });
  return runInSlices(steps, (step) => showProgress(stepProgressText(mode, capture.html.length, step)));
}

/** The progress line while the engine works in the tab: the popup, free, counts the seconds. */
export function inTabProgressText(mode: ClipMode, pageChars: number, seconds: number): string {
  return `${clipProgressText(mode, pageChars)} ${seconds} s`;
}

async function clipInPageTab(tabId: number, capture: PageCapture, settings: Settings, mode: ClipMode, now: Date): Promise<ClipResult> {
  const started = Date.now();
  const tick = (): void => showProgress(inTabProgressText(mode, capture.html.length, Math.round((Date.now() - started) / 1000)));
  tick();
  const timer = setInterval(tick, 1000);
  try {
    return await clipInTab(tabId, { url: capture.url, settings, mode, now: now.toISOString() });
  } finally {
    clearInterval(timer);
  }
}

export async function clipCapture(tabId: number, capture: PageCapture, settings: Settings, mode: ClipMode): Promise<ClipResult> {
  const now = new Date();
  showProgress(clipProgressText(mode, capture.html.length));
  if (capture.html.length >= IN_TAB_CHARS && tabEngineIsFast()) {
    try {
      return await clipInPageTab(tabId, capture, settings, mode, now);
    } catch (error) {
      // The tab may refuse (it navigated, or its policy blocks the parse): the popup has
      // the snapshot and can do the same work itself, only less smoothly.
      console.warn('Clipping in the tab failed; clipping in the popup instead:', error);
      showProgress(clipProgressText(mode, capture.html.length));
    }
  }
  return clipInPopup(capture, settings, mode, now);
}
