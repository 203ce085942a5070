// Unsaved work per tab and URL, so closing the popup loses nothing. Written on
// every edit, removed after a successful save or on Discard.
import type { SourceMap } from '../core/types';
import { draftQuotaBytes, readDraftItem, removeDraftItem, writeDraftItem } from '../platform/storage';
import type { FormState } from './field-values';
import { megabytes } from './counts';

export interface Draft {
  url: string;
  tabId: number;
  /** The core's front matter, kept so unedited fields keep their exact values. */
  frontMatter: Record<string, unknown>;
  sources: SourceMap;
  state: FormState;
  savedAt: number;
}

export function draftKey(tabId: number, url: string): string {
  return `draft:${tabId}:${url}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** Validates what storage returned: an old or foreign value is ignored, not trusted. */
export function isDraft(value: unknown): value is Draft {
  if (!isRecord(value)) return false;
  const state = value.state;
  return (
    typeof value.url === 'string' &&
    typeof value.tabId === 'number' &&
    typeof value.savedAt === 'number' &&
    isRecord(value.frontMatter) &&
    isRecord(value.sources) &&
    isRecord(state) &&
    typeof state.filename === 'string' &&
    typeof state.body === 'string' &&
    isRecord(state.fields) &&
    Object.values(state.fields).every((v) => typeof v === 'string' || typeof v === 'boolean')
  );
}

export async function loadDraft(tabId: number, url: string): Promise<Draft | undefined> {
  const value = await readDraftItem(draftKey(tabId, url));
  return isDraft(value) && value.url === url && value.tabId === tabId ? value : undefined;
}

/** A draft bigger than the whole draft storage (`bytes` at least): not written at all (it could only fail, slowly). */
export class DraftTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly quota: number,
  ) {
    super(`The draft takes ${bytes} bytes; the draft storage holds ${quota}.`);
    this.name = 'DraftTooLargeError';
  }
}

/** About what storage counts for an item: its key plus its value's JSON, in UTF-8 bytes. */
function utf8Bytes(key: string, json: string): number {
  let extra = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    // Two bytes up to U+07FF, three above; a surrogate pair takes four, two for each half.
    if (code >= 0x80) extra += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return key.length + json.length + extra;
}

export async function storeDraft(draft: Draft, quota: number | undefined = draftQuotaBytes()): Promise<void> {
  const key = draftKey(draft.tabId, draft.url);
  if (quota !== undefined) {
    // Serialised once (a body may be 10 MB, on every keystroke). UTF-8 takes 1 to 3 bytes
    // per UTF-16 unit: only a draft between those bounds is measured byte by byte.
    const json = JSON.stringify(draft) ?? '';
    const units = key.length + json.length;
    if (units > quota) throw new DraftTooLargeError(units, quota);
    if (units * 3 > quota) {
      const bytes = utf8Bytes(key, json);
      if (bytes > quota) throw new DraftTooLargeError(bytes, quota);
    }
  }
  await writeDraftItem(key, draft);
}

/** Why the draft was not kept, as a sentence (never a raw "Error: …"); the form still holds every edit. */
export function explainDraftFailure(error: unknown): string {
  if (error instanceof DraftTooLargeError) {
    return `This clip is too large to keep as a draft (${megabytes(error.bytes)}; the browser keeps at most ${megabytes(error.quota)} of drafts). ` +
      'Your edits are in this form; save or copy them before closing.';
  }
  const reason = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(reason)) {
    return 'The draft could not be kept: the browser\'s storage for drafts is full. Your edits are still in this form; save or copy them before closing.';
  }
  return `The draft could not be kept (the browser said: ${reason.replace(/^\w*Error:\s*/, '').replace(/\.?\s*$/, '')}). Your edits are still in this form.`;
}

export async function discardDraft(tabId: number, url: string): Promise<void> {
  await removeDraftItem(draftKey(tabId, url));
}
