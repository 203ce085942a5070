// Fresh clip: snapshot the tab, parse it inertly, run the pure core. The popup
// shows progress and yields to the event loop between steps so it never freezes.
import { loadCore } from './core-loader';
import type { ClipMode, ClipResult } from '../core/types';
import type { PageCapture } from '../content/page-capture';
import { capturePageInTab } from '../platform/inject';
import type { Settings } from '../settings/schema';
import { pageToDocument } from './parse-page';
import { showProgress } from './view';

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

export async function clipCapture(capture: PageCapture, settings: Settings, mode: ClipMode): Promise<ClipResult> {
  showProgress(mode === 'article' ? 'Extracting the article…' : mode === 'page' ? 'Converting the whole page…' : 'Converting the selection…');
  const [{ clipDocument }] = await Promise.all([loadCore(), nextPaint()]);
  return clipDocument({
    document: pageToDocument(capture),
    url: capture.url,
    now: new Date(),
    settings,
    mode,
    selectionHtml: capture.selectionHtml,
    // A fresh document parsed from the capture: nobody else uses it.
    ownsDocument: true,
  });
}
