// Fresh clip: snapshot the tab, parse it inertly, run the pure core. The popup
// shows progress and yields to the event loop between steps so it never freezes.
import { loadCore } from './core-loader';
import type { ClipMode, ClipResult } from '../core/types';
import type { ClipStep } from '../core/steps';
import type { PageCapture } from '../content/page-capture';
import { capturePageInTab } from '../platform/inject';
import type { Settings } from '../settings/schema';
import { pageToDocument } from './parse-page';
import { showProgress } from './view';
import { runInSlices } from './slices';
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

export async function clipCapture(capture: PageCapture, settings: Settings, mode: ClipMode): Promise<ClipResult> {
  showProgress(clipProgressText(mode, capture.html.length));
  const [{ clipSteps }] = await Promise.all([loadCore(), nextPaint()]);
  const steps = clipSteps({
    document: pageToDocument(capture),
    url: capture.url,
    now: new Date(),
    settings,
    mode,
    selectionHtml: capture.selectionHtml,
    // A fresh document parsed from the capture: nobody else uses it.
    ownsDocument: true,
  });
  return runInSlices(steps, (step) => showProgress(stepProgressText(mode, capture.html.length, step)));
}
