// The popup → background download message and its reply. Pure validation: every
// message is checked field by field before the background acts on it.

export interface DownloadRequest {
  type: 'download';
  text: string;
  filename: string;
  saveAs: boolean;
}

export type DownloadReply = { ok: true; id: number; path: string } | { ok: false; error: string };

// A generous bound: a post is text; anything bigger is not ours.
const MAX_TEXT_LENGTH = 20_000_000;

export function isDownloadRequest(value: unknown): value is DownloadRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    v.type === 'download' &&
    typeof v.text === 'string' &&
    v.text.length <= MAX_TEXT_LENGTH &&
    typeof v.filename === 'string' &&
    isSafeFilename(v.filename) &&
    typeof v.saveAs === 'boolean' &&
    Object.keys(v).every((k) => ['type', 'text', 'filename', 'saveAs'].includes(k))
  );
}

/** A bare file name ending in .md: no folders, no parent references, no control characters. */
export function isSafeFilename(name: string): boolean {
  return /^[^/\\\u0000-\u001f:*?"<>|]{1,250}\.md$/.test(name) && !name.startsWith('.');
}

export function isDownloadReply(value: unknown): value is DownloadReply {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true) return typeof v.id === 'number' && typeof v.path === 'string';
  return v.ok === false && typeof v.error === 'string';
}
