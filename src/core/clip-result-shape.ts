// A ClipResult that crossed a process boundary (the engine ran in the page's tab) is
// checked before the popup trusts its shape: a renderer can send anything back.
import type { ClipMode, ClipResult } from './types';

const MODES: readonly ClipMode[] = ['article', 'page', 'selection'];

export const isClipMode = (v: unknown): v is ClipMode => MODES.includes(v as ClipMode);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

export function isClipResult(value: unknown): value is ClipResult {
  if (!isRecord(value)) return false;
  const strings = ['filename', 'markdown', 'body', 'article'].every((k) => typeof value[k] === 'string');
  const { metadata, timings } = value;
  return (
    strings &&
    typeof value.isArticle === 'boolean' &&
    isClipMode(value.mode) &&
    isRecord(value.frontMatter) &&
    isStrings(value.warnings) &&
    isRecord(metadata) &&
    isRecord(metadata.sources) &&
    Object.values(metadata.sources).every((s) => typeof s === 'string') &&
    isRecord(timings) &&
    typeof timings.extractMs === 'number' &&
    typeof timings.markdownMs === 'number'
  );
}
