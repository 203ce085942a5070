// A page path → its HTML text. Refuses, with one clear message, what is not an HTML
// page: a missing path, a folder, an empty file, an image or other binary, undecodable bytes.
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeHtmlBytes, type DecodedPage } from './decode';
import { CliError } from './errors';

/** Refuse pages larger than this: no news page is, and jsdom would take minutes. */
const MAX_BYTES = 64 * 1024 * 1024;

// Magic numbers of files people save next to pages by mistake.
const SIGNATURES: Array<{ bytes: number[]; kind: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], kind: 'a RIFF file (WebP image, WAV or AVI)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'an executable (ELF)' },
];

function systemMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function readBytes(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`${path}: is a directory, not an HTML file`);
    size = stat.size;
    if (size > MAX_BYTES) throw new CliError(`${path}: too large for a page (${size} bytes)`);
    const bytes = readFileSync(path);
    if (bytes.length === 0) throw new CliError(`${path}: empty file`);
    return bytes;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${path}: ${systemMessage(error)}`);
  }
}

/** Gzipped pages (the corpus stores source.html.gz) are unpacked transparently. */
function gunzipIfNeeded(bytes: Uint8Array, path: string): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_BYTES });
  } catch {
    throw new CliError(`${path}: a damaged or too large gzip file`);
  }
}

// C0 controls other than tab, LF, FF and CR never appear in real HTML text.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/g;
const TAG = /<(?:[a-z!?/])/i;

/** Text that decodes but is no HTML: binary junk, or plain text without a single tag. */
function assertHtmlText(page: DecodedPage, path: string): void {
  const sample = page.text.slice(0, 65_536);
  const controls = sample.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(8, sample.length / 200)) throw new CliError(`${path}: binary data, not an HTML page`);
  if (!TAG.test(sample)) throw new CliError(`${path}: not an HTML page (no tags found)`);
}

/** Reads and decodes one saved page. Throws CliError for anything that is not one. */
export function readPage(path: string): DecodedPage {
  const bytes = gunzipIfNeeded(readBytes(path), path);
  const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) throw new CliError(`${path}: ${signature.kind}, not an HTML page`);
  const page = decodeHtmlBytes(bytes, path);
  assertHtmlText(page, path);
  return page;
}
