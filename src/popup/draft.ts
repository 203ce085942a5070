// Unsaved work per tab and URL, so closing the popup loses nothing. Written on
// every edit, removed after a successful save or on Discard.
import type { SourceMap } from '../core/types';
import { readDraftItem, removeDraftItem, writeDraftItem } from '../platform/storage';
import type { FormState } from './field-values';

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

export async function storeDraft(draft: Draft): Promise<void> {
  await writeDraftItem(draftKey(draft.tabId, draft.url), draft);
}

export async function discardDraft(tabId: number, url: string): Promise<void> {
  await removeDraftItem(draftKey(tabId, url));
}
