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

// From this size on, the progress line says the page is large: the engine then works for
// seconds without a break (about 2 s per MB in Chromium), and the popup cannot redraw meanwhile.
const LARGE_PAGE_CHARS = 1_000_000;

/** The progress line for a clip: what is being done, and for a large page that it will take a while. */
export function clipProgressText(mode: ClipMode, pageChars: number): string {
  const what = mode === 'article' ? 'Extracting the article' : mode === 'page' ? 'Converting the whole page' : 'Converting the selection';
  if (mode === 'selection' || pageChars < LARGE_PAGE_CHARS) return `${what}…`;
  const size = `${(pageChars / 1048576).toFixed(1)} MB`;
  return mode === 'article' ? `${what} from a large page (${size}); this can take a while…` : `${what} (${size}); this can take a while…`;
}

export async function clipCapture(capture: PageCapture, settings: Settings, mode: ClipMode): Promise<ClipResult> {
  showProgress(clipProgressText(mode, capture.html.length));
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
