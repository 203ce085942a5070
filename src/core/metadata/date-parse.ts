// One date string → an instant written in ISO 8601 with the offset the page gave
// (or the page's zone / UTC when it gave none). Pure string work, no Date parsing
// quirks: Date.parse reads zoneless strings in the machine's zone.
import { findDateInText } from './date-text';

export interface DateParts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  /** Minutes east of UTC as written, null when the string had no zone. */
  offset: number | null;
}

export interface ParsedDate {
  /** e.g. 2025-02-12T18:11:59-05:00 */
  iso: string;
  ms: number;
  /** Offset written in the source, null when it was a local time. */
  offset: number | null;
}

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** "Z", "+05:30", "-0500", "+01", "UTC", "GMT+1" → minutes east of UTC. */
export function parseOffset(z: string | undefined): number | null {
  if (!z) return null;
  if (/^(?:z|utc|gmt|ut)$/i.test(z)) return 0;
  const m = /^(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(z.trim());
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60) return null;
  return m[1] === '-' ? -minutes : minutes;
}

const ISO = /^(\d{4})(-?)(\d{2})\2(\d{2})(?:[T ]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?(?![\d:])/i;

export function parseIsoParts(s: string): DateParts | null {
  const m = ISO.exec(s);
  if (!m) return null;
  return {
    y: Number(m[1]), mo: Number(m[3]), d: Number(m[4]),
    h: Number(m[5] ?? 0), mi: Number(m[6] ?? 0), s: Number(m[7] ?? 0),
    offset: parseOffset(m[8]),
  };
}

/** A fixed offset in minutes, or one that depends on the date (summer time). */
export type DefaultZone = number | null | ((p: DateParts) => number);

/** Checks the calendar and clock ranges and writes the ISO string; null when impossible. */
export function buildDate(p: DateParts, defaultZone: DefaultZone): ParsedDate | null {
  if (p.mo < 1 || p.mo > 12 || p.d < 1 || p.h > 23 || p.mi > 59 || p.s > 60) return null;
  const daysInMonth = new Date(Date.UTC(p.y, p.mo, 0)).getUTCDate();
  if (p.d > daysInMonth) return null;
  const offset = p.offset ?? (typeof defaultZone === 'function' ? defaultZone(p) : defaultZone) ?? 0;
  const sec = Math.min(p.s, 59);
  const ms = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, sec) - offset * 60_000;
  const iso = `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(sec)}${formatOffset(offset)}`;
  return { iso, ms, offset: p.offset };
}

/** Parses ISO 8601, Unix timestamps and written dates ("Dec 9, 2016 9:13 AM EST"). */
export function parseDate(raw: string, defaultZone: DefaultZone): ParsedDate | null {
  const s = raw.trim();
  if (!s || s.length > 200) return null;
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return buildDate({
      y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(),
      h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), offset: 0,
    }, 0);
  }
  const parts = parseIsoParts(s) ?? findDateInText(s);
  return parts ? buildDate(parts, defaultZone) : null;
}
