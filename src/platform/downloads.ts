// Background side of saving: start a download of some text and wait until the
// browser says it is complete or interrupted.
import browser, { type Downloads } from 'webextension-polyfill';
import { explainDownloadError } from './download-errors';
import type { DownloadReply, DownloadRequest } from './download-request';
import { makeDownloadUrl } from './download-url';

type Outcome = { state: 'complete' } | { state: 'interrupted'; reason: string | undefined };

function outcomeOf(item: Pick<Downloads.DownloadItem, 'state' | 'error'>): Outcome | undefined {
  if (item.state === 'complete') return { state: 'complete' };
  if (item.state === 'interrupted') return { state: 'interrupted', reason: item.error };
  return undefined;
}

/** Resolves when download `id` ends; also checks its current state, since it may end before we listen. */
function waitForEnd(id: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const listener = (delta: Downloads.OnChangedDownloadDeltaType) => {
      if (delta.id !== id || !delta.state) return;
      const state = delta.state.current;
      if (state === 'complete' || state === 'interrupted') {
        browser.downloads.onChanged.removeListener(listener);
        resolve(state === 'complete' ? { state } : { state, reason: delta.error?.current });
      }
    };
    browser.downloads.onChanged.addListener(listener);
    void browser.downloads.search({ id }).then(([item]) => {
      const outcome = item ? outcomeOf(item) : undefined;
      if (outcome) {
        browser.downloads.onChanged.removeListener(listener);
        resolve(outcome);
      }
    });
  });
}

async function finalPath(id: number): Promise<string> {
  const [item] = await browser.downloads.search({ id });
  return item?.filename ?? '';
}

export async function downloadText(request: DownloadRequest): Promise<DownloadReply> {
  const source = makeDownloadUrl(request.text);
  try {
    const id = await browser.downloads.download({
      url: source.url,
      filename: request.filename,
      saveAs: request.saveAs,
      conflictAction: 'uniquify',
    });
    const outcome = await waitForEnd(id);
    if (outcome.state === 'interrupted') return { ok: false, error: explainDownloadError(outcome.reason) };
    return { ok: true, id, path: await finalPath(id) };
  } catch (error) {
    // download() itself rejects e.g. for an invalid file name or a cancelled Save As in Firefox.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The browser refused the download: ${message}` };
  } finally {
    source.release();
  }
}
