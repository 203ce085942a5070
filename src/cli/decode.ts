// Page bytes → text, by the rule the eval harness and browsers use for saved pages:
// byte-order mark; else valid UTF-8; else the <meta> charset; else windows-1252.
import { CliError } from './errors';
import { decodeWindows1252 } from './windows-1252';

export interface DecodedPage {
  text: string;
  /** WHATWG encoding name that was used, e.g. "utf-8", "windows-1252". */
  encoding: string;
}

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

// The HTML prescan looks at 1,024 bytes; real pages often declare the charset later
// in a long <head>, so look further. Latin-1 keeps every byte as one character.
const PRESCAN_BYTES = 16_384;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/** The charset label a <meta> tag declares, or null. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  return META_CHARSET.exec(head)?.[1] ?? null;
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The encoding a <meta> label names, or null when unknown or not usable for a saved file. */
function metaEncoding(label: string): string | null {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null;
  }
  // HTML treats a UTF-16 meta declaration as UTF-8 (bytes that are really UTF-16 carry
  // a BOM); UTF-8 already failed when we get here, and x-user-defined is not text.
  if (encoding.startsWith('utf-') || encoding === 'x-user-defined') return null;
  return encoding;
}

/** Share of the first bytes that are NUL at odd or even offsets: UTF-16 without a BOM. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  return half > 0 && (evenNul > half * 0.4 || oddNul > half * 0.4) && Math.min(evenNul, oddNul) < half * 0.05;
}

/**
 * Decodes page bytes. Throws CliError when no reading gives text: a BOM followed by
 * invalid bytes, or UTF-16 without a BOM (every other byte NUL).
 */
export function decodeHtmlBytes(bytes: Uint8Array, name: string): DecodedPage {
  for (const bom of BOMS) {
    if (!startsWith(bytes, bom.bytes)) continue;
    const text = decodeStrict(bytes.subarray(bom.bytes.length), bom.encoding);
    if (text === null) throw new CliError(`${name}: unreadable encoding: invalid ${bom.encoding.toUpperCase()} after its byte-order mark`);
    return { text, encoding: bom.encoding };
  }
  if (looksLikeUtf16(bytes)) {
    throw new CliError(`${name}: unreadable encoding: looks like UTF-16 without a byte-order mark; save it as UTF-8`);
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const label = sniffMetaCharset(bytes);
  const declared = label === null ? null : metaEncoding(label);
  if (declared !== null) {
    // Legacy multi-byte pages often hold a few bad sequences; a browser shows U+FFFD there too.
    const text = declared === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(declared).decode(bytes);
    return { text, encoding: declared };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}
