// Dates written for humans ("Dec. 9, 2016, 9:13 a.m. EST", "12. Februar 2025",
// "12 de febrero de 2025", "02/12/2025") and dates in URL paths ("/2025/02/12/").
import type { DateParts } from './date-parse';
import { parseOffset } from './date-parse';

// Month names of the languages we guess (en, de, fr, es, it, pt, nl), lower case.
const MONTHS: Record<string, number> = {};
const NAMES = [
  'january jan januar jänner janvier janv enero gennaio gen janeiro januari',
  'february feb februar février févr fevrier febrero febbraio fevereiro fev februari',
  'march mar märz mär maerz mars marzo março marco maart mrt',
  'april apr avril avr abril aprile',
  'may mai mayo maggio maio mei',
  'june jun juni juin junio giugno junho',
  'july jul juli juillet juil julio luglio julho',
  'august aug août aout agosto ago augustus',
  'september sep sept septembre septiembre setiembre settembre set setembro',
  'october oct oktober okt octobre octubre ottobre otubro outubro',
  'november nov novembre noviembre novembro',
  'december dec dezember dez décembre déc decembre diciembre dicembre dic dezembro',
];
NAMES.forEach((line, i) => line.split(' ').forEach((n) => (MONTHS[n] = i + 1)));
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})`;

const ZONES: Record<string, number> = {
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600, bst: 60, ist: 330, cet: 60, cest: 120, mez: 60,
  mesz: 120, eet: 120, eest: 180, jst: 540, kst: 540, aest: 600, aedt: 660, awst: 480,
  nzst: 720, nzdt: 780, wet: 0, west: 60,
};

// Letters around a month name must not be letters (so "mar" does not match "market").
const L = '(?<![\\p{L}])';
const R = '(?![\\p{L}])';
const PATTERNS: { re: RegExp; order: 'mdy' | 'dmy' | 'ymd' | 'num' }[] = [
  { re: new RegExp(`${L}${MONTH}${R}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu'), order: 'mdy' },
  { re: new RegExp(`(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+)?${L}${MONTH}${R}\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`, 'iu'), order: 'dmy' },
  { re: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, order: 'ymd' },
  // Chinese / Japanese / Korean: 2019年4月4日, 2019년 4월 4일.
  { re: /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/, order: 'ymd' },
  { re: /(?<![\d/.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.])/, order: 'num' },
];

const TIME = /^[\s,]*(?:at|um|à|a las|alle|às|om|[-–|@·•])?\s*(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?(?![\p{L}])\s*(?:uhr\s*)?\(?((?:utc|gmt)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[a-z]{2,5})?/iu;

function month(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function readTime(after: string): Pick<DateParts, 'h' | 'mi' | 's' | 'offset'> {
  const t = TIME.exec(after);
  if (!t) return { h: 0, mi: 0, s: 0, offset: null };
  let h = Number(t[1]);
  const ampm = t[4]?.toLowerCase();
  if (ampm === 'p' && h < 12) h += 12;
  if (ampm === 'a' && h === 12) h = 0;
  const zone = t[5]?.toLowerCase();
  const offset = zone === undefined ? null : (ZONES[zone] ?? parseOffset(zone));
  return { h, mi: Number(t[2]), s: Number(t[3] ?? 0), offset };
}

/** The first date written in the text, with the time that follows it if any. */
export function findDateInText(text: string): DateParts | null {
  let best: { index: number; end: number; y: number; mo: number; d: number } | null = null;
  for (const { re, order } of PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    let y: number, mo: number, d: number;
    if (order === 'mdy') [mo, d, y] = [month(m[1]), Number(m[2]), Number(m[3])];
    else if (order === 'dmy') [d, mo, y] = [Number(m[1]), month(m[2]), Number(m[3])];
    else if (order === 'ymd') [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else {
      // "02/12/2025" is US month-first unless the first number cannot be a month;
      // dotted and dashed dates are day-first (European).
      const a = Number(m[1]);
      const b = Number(m[3]);
      const monthFirst = m[2] === '/' && a <= 12;
      [mo, d] = monthFirst ? [a, b] : [b, a];
      y = Number(m[4]) + (m[4].length === 2 ? 2000 : 0);
    }
    if (!mo) continue;
    best = { index: m.index, end: m.index + m[0].length, y, mo, d };
  }
  if (!best) return null;
  return { y: best.y, mo: best.mo, d: best.d, ...readTime(text.slice(best.end, best.end + 40)) };
}

/** "/2025/02/12/", "/2025-02-12-slug", "/20250212/" in the path of the URL. */
export function findDateInUrl(url: string): DateParts | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/\-_.]|$)/.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_\-.]|$)/.exec(path);
  if (!m) return null;
  return { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), h: 0, mi: 0, s: 0, offset: null };
}
