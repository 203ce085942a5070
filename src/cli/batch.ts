// The batch loop: a JSON Lines list of pages → one JSON line per page, in one process.
// A bad page yields {"id","error"} and the loop goes on; only an unreadable list stops it.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { clipPage } from './clip-page';
import { CliError } from './errors';
import { toClipRecord } from './record';
import { writePost } from './write-post';

export interface BatchOptions {
  list: string;
  now: Date;
  out: string | null;
  /** Receives each output line (without newline) as soon as its page is done. */
  emit: (line: string) => void;
}

interface ListEntry {
  id: string | number;
  file: string;
  url: string;
}

/** Counts for the caller; the lines themselves went to emit. */
export interface BatchSummary {
  pages: number;
  failed: number;
}

function readList(path: string): string[] {
  try {
    return readFileSync(path, 'utf8').split(/\r?\n/);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read batch list ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code)}`);
  }
}

/** One list line → its entry, or the reason it is not one (with the id when it has one). */
function parseEntry(line: string, lineNo: number): ListEntry | { id: string | number | null; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: `list line ${lineNo}: not JSON` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: `list line ${lineNo}: not a JSON object` };
  }
  const { id, file, url } = value as Record<string, unknown>;
  const validId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (validId === null) return { id: null, error: `list line ${lineNo}: "id" must be a string or number` };
  if (typeof file !== 'string' || file === '') return { id: validId, error: `list line ${lineNo}: "file" must be a path` };
  if (typeof url !== 'string' || url === '') return { id: validId, error: `list line ${lineNo}: "url" must be a URL` };
  return { id: validId, file, url };
}

// Unlike --url, any absolute URL is accepted here: benchmark manifests give pages of
// unknown origin placeholder URLs such as "hard::page.html" (14 of the trafilatura dev
// pages), and refusing them would score those pages as empty. Links then stay relative.
function validUrl(url: string): boolean {
  return URL.canParse(url);
}

function clipEntry(entry: ListEntry, base: string, options: BatchOptions): Record<string, unknown> {
  if (!validUrl(entry.url)) return { id: entry.id, error: `not an absolute URL: ${JSON.stringify(entry.url)}` };
  try {
    const result = clipPage({ file: resolve(base, entry.file), url: entry.url, now: options.now });
    if (options.out !== null) writePost(options.out, result.filename, result.markdown);
    return { id: entry.id, ...toClipRecord(result) };
  } catch (error) {
    // CliError messages are written for users; anything else is a bug in the core,
    // reported per page so one bad page cannot stop a benchmark run.
    const message = error instanceof CliError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    return { id: entry.id, error: message };
  }
}

/** jsdom frees a closed window only once the event loop has turned (measured: 8 MB a page otherwise). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const lines = readList(options.list);
  // Relative "file" paths are read from the list's folder, so a list and its pages can move together.
  const base = dirname(resolve(options.list));
  const summary: BatchSummary = { pages: 0, failed: 0 };
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const entry = parseEntry(line, index + 1);
    const record = 'error' in entry ? entry : clipEntry(entry, base, options);
    summary.pages++;
    if ('error' in record) summary.failed++;
    options.emit(JSON.stringify(record));
    // Without this, a synchronous loop over hundreds of pages runs out of heap.
    await nextTurn();
  }
  return summary;
}
