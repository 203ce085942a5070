// The engine run inside the page's tab, for a large page (see src/popup/extract.ts): the
// tab has its own renderer, so the popup stays responsive while the page's thread does
// the work. It reads the page afresh (the same snapshot as content.js takes) and parses
// that snapshot into an inert document, exactly as the popup would, so the post is the
// same wherever the engine ran. The steps run in slices, so the page too can paint
// between them.
import { clipSteps } from '../core/clip';
import { isClipMode } from '../core/clip-result-shape';
import { runInSlices } from '../core/slices';
import { snapshotDocument } from '../core/snapshot-document';
import type { ClipMode, ClipResult } from '../core/types';
import { migrateSettings } from '../settings/migrations';
import { capturePage } from './capture';

export interface InPageRequest {
  /** The address the popup's snapshot came from: a tab that has moved on since is refused. */
  url: string;
  settings: unknown;
  mode: ClipMode;
  /** The popup's clock, as an ISO string: the post's date must not depend on where it ran. */
  now: string;
}

/** Checks what the popup sent (it crossed a process boundary as JSON). */
export function isInPageRequest(value: unknown): value is InPageRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    isClipMode(v.mode) &&
    typeof v.url === 'string' &&
    typeof v.now === 'string' &&
    !Number.isNaN(Date.parse(v.now)) &&
    typeof v.settings === 'object' &&
    v.settings !== null
  );
}

export function clipInPage(request: unknown, doc: Document = document, win: Window & typeof globalThis = window): Promise<ClipResult> {
  if (!isInPageRequest(request)) return Promise.reject(new Error('The clip request was malformed.'));
  // The popup then clips its own snapshot: the page the user clicked on, not the next one.
  if (win.location.href !== request.url) return Promise.reject(new Error('The page has changed since it was read.'));
  const capture = capturePage(doc, win.getSelection(), win.location.href);
  const steps = clipSteps({
    document: snapshotDocument(capture.html, capture.url, new win.DOMParser()),
    url: capture.url,
    now: new Date(request.now),
    settings: migrateSettings(request.settings),
    mode: request.mode,
    selectionHtml: capture.selectionHtml,
    ownsDocument: true,
  });
  return runInSlices(steps, () => undefined);
}
