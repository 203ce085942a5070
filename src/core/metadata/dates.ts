// Picks the published and modified times: the first candidate, in source order, that
// parses and is possible (not after `now`, not before 1990, modified not before published).
import type { Candidate } from './candidate';
import type { DateParts, DefaultZone, ParsedDate } from './date-parse';
import { buildDate, parseDate } from './date-parse';
import type { DateSources } from './date-sources';
import { findDateInText, findDateInUrl } from './date-text';
import type { ZoneGuess } from './locale-zone';

export interface PickedDate {
  iso: string;
  source: string;
}

// Earlier dates are placeholders (0000-00-00, Unix epoch, 1744 typos) rather than news.
const EARLIEST = Date.UTC(1990, 0, 1);

function possible(d: ParsedDate | null, now: Date): d is ParsedDate {
  return d !== null && d.ms >= EARLIEST && d.ms <= now.getTime();
}

/** The zone the page writes its times in: the offset of its first zoned structured date. */
export function pageOffset(sources: DateSources): number | null {
  for (const c of [...sources.published, ...sources.modified, ...sources.weak]) {
    const d = parseDate(c.value, null);
    if (d && d.offset !== null) return d.offset;
  }
  return null;
}

/**
 * A time given in UTC, written in the page's local zone when its locale implies one: the
 * day the page's readers saw ("2022-05-04T00:25Z" on an Argentine page is the 3rd there).
 */
function local(d: ParsedDate, zone: ZoneGuess | null): string {
  if (d.offset !== 0 || !zone) return d.iso;
  const partsAt = (offset: number): DateParts => {
    const t = new Date(d.ms + offset * 60_000);
    return { y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), mi: t.getUTCMinutes(), s: t.getUTCSeconds(), offset };
  };
  const offset = zone(partsAt(0));
  return buildDate(partsAt(offset), offset)?.iso ?? d.iso;
}

function first(cands: Candidate[], zone: DefaultZone, now: Date, after: number, read = parseDate, localZone: ZoneGuess | null = null): PickedDate & { ms: number } | null {
  for (const c of cands) {
    const d = read(c.value, zone);
    if (possible(d, now) && d.ms >= after) return { iso: local(d, localZone), ms: d.ms, source: c.source };
  }
  return null;
}

function readText(text: string, zone: DefaultZone): ParsedDate | null {
  const parts = findDateInText(text);
  return parts ? buildDate(parts, zone) : null;
}

/** A date that opens the text (the text after a date label). */
function readTextAtStart(text: string, zone: DefaultZone): ParsedDate | null {
  const parts = findDateInText(text.slice(0, 20));
  return parts && /^\s*(?:\d|\p{L}+\.?\s+\d)/u.test(text) ? buildDate(parts, zone) : null;
}

/**
 * `urls`: the page and canonical URLs; `localeZone`: the zone the page's language implies;
 * `labelled`: dates after a label on the page, read only when needed.
 */
export function pickDates(sources: DateSources, urls: string[], now: Date, localeZone: ZoneGuess | null = null, labelled?: () => Candidate[]): { published: PickedDate | null; modified: PickedDate | null } {
  // Local times: the page's own offset first, then its locale's zone, else UTC.
  const zone: DefaultZone = pageOffset(sources) ?? localeZone;
  let published = first(sources.published, zone, now, -Infinity, parseDate, localeZone) ?? first(sources.bylines, zone, now, -Infinity, readText)
    ?? first(sources.weak, zone, now, -Infinity, parseDate, localeZone) ?? first(sources.text, zone, now, -Infinity, readText);
  // "Datum: 19.11.2021" anywhere on the page, before the URL path gives a bare day.
  published ??= labelled ? first(labelled(), zone, now, -Infinity, readTextAtStart) : null;
  if (!published) {
    for (const url of urls) {
      const parts = findDateInUrl(url);
      const d = parts ? buildDate(parts, zone) : null;
      if (possible(d, now)) {
        published = { iso: d.iso, ms: d.ms, source: 'URL path' };
        break;
      }
    }
  }
  const described = published ? null : first(sources.description, zone, now, -Infinity, readText);
  published ??= described;
  // A URL path or description gives only the day: a modified time earlier that day is fine.
  const floor = published ? (published.source === 'URL path' || published === described ? published.ms - 86_400_000 : published.ms) : -Infinity;
  const modified = first(sources.modified, zone, now, floor, parseDate, localeZone);
  return {
    published: published && { iso: published.iso, source: published.source },
    modified: modified && { iso: modified.iso, source: modified.source },
  };
}
