// One saved page → ClipResult: read and decode, build the document, run the core.
// Shared by the clip, metadata and batch commands so they can never disagree.
import { clipDocument } from '../core/clip';
import type { ClipResult } from '../core/types';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { makeDocument } from './document';
import { readPage } from './read-page';

export interface PageRequest {
  file: string;
  url: string;
  now: Date;
}

export function clipPage({ file, url, now }: PageRequest): ClipResult {
  const page = readPage(file);
  const { document, close } = makeDocument(page.text, url);
  try {
    return clipDocument({ document, url, now, settings: DEFAULT_SETTINGS, mode: 'article', ownsDocument: true });
  } finally {
    close();
  }
}
