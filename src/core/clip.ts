// (document, url, clock, settings) → the post: the one entry point of the core,
// shared by the popup, the CLI and the tests.
import type { Settings } from '../settings/schema';
import type { ClipMode, ClipResult } from './types';

export interface ClipInput {
  /** The page's document. It is never mutated: extraction works on a clone. */
  document: Document;
  url: string;
  now: Date;
  settings: Settings;
  /** 'article' (default), 'page' (the whole page's main text) or 'selection'. */
  mode?: ClipMode;
  /** HTML of the user's selection, for mode 'selection'. */
  selectionHtml?: string;
}

export function clipDocument(input: ClipInput): ClipResult {
  void input;
  throw new Error('not implemented yet');
}
