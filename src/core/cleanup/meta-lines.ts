// Recognises the short lines around an article that say who wrote it and when, not
// what happened: datelines ("Friday, December 28, 2007 11:43 EST", "Updated: 15/01/2008"),
// bylines ("By JAE-SOON CHANG, Associated Press Writer", "Posted by: jim", "Von Anna Muster").
// The front matter carries the author and the date; in the body they are noise.
import words from './meta-words.json';

const lower = (list: string[]) => list.map((w) => w.toLowerCase());
const MONTHS = new Set(lower(Object.values(words.months as Record<string, string[]>).flat()));
const WEEKDAYS = new Set(lower(Object.values(words.weekdays as Record<string, string[]>).flat()));
const DATE_FILLERS = new Set(lower(Object.values(words.dateFillers as Record<string, string[]>).flat()));
const BYLINE_STARTS = lower(Object.values(words.bylineStarts as Record<string, string[]>).flat()).sort((a, b) => b.length - a.length);
/** The first word of each byline start: where a byline may begin inside a line. */
const BYLINE_FIRST_WORDS = new Set(BYLINE_STARTS.map((s) => s.split(' ')[0]));
const BYLINE_ROLES = lower(Object.values(words.bylineRoles as Record<string, string[]>).flat());
const CREDIT_LINES = new Set(lower(Object.values((words as unknown as { creditLines: Record<string, string[]> }).creditLines).flat()));

/** A dateline is short: more than this and it is a sentence that mentions a date. */
const MAX_DATE_WORDS = 14;
/** A byline names one to a few people (and their outlet): longer lines are sentences. */
const MAX_BYLINE_WORDS = 14;

const tokens = (text: string) => text.toLowerCase().split(/[\s,|•·/()[\]–—-]+/u).map((t) => t.replace(/^[.:;]+|[.:;]+$/g, '')).filter(Boolean);

/** True for a line made only of date and time words: a dateline, not text. */
export function isDateLine(text: string): boolean {
  const toks = tokens(text);
  if (!toks.length || toks.length > MAX_DATE_WORDS) return false;
  let dateParts = 0;
  for (const t of toks) {
    if (MONTHS.has(t) || MONTHS.has(t.replace(/\.$/, ''))) { dateParts++; continue; }
    if (/^\d{1,4}(?:st|nd|rd|th|er|º|°|\.)?$/.test(t)) { dateParts++; continue; }
    // A whole numeric date counts twice: "15/01/2008", "07.01.08", "2008-01-15T10:00Z".
    if (/^\d{1,4}([./-])\d{1,2}\1\d{2,4}$/.test(t) || /^\d{4}-\d{2}-\d{2}(t[\d:.+z-]*)?$/.test(t)) { dateParts += 2; continue; }
    if (/^\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:am|pm|h|uhr)?$/.test(t) || /^(am|pm|a\.m|p\.m|uhr|h)$/.test(t)) continue;
    if (WEEKDAYS.has(t) || DATE_FILLERS.has(t) || /^(gmt|utc|[a-z]?[ecmp][sd]?t|cet|cest|mez|mesz|bst|ist|aest|aedt)([+-]\d+)?$/.test(t)) continue;
    return false;
  }
  return dateParts >= 2;
}

/** Words that may stand between names in a byline ("Jane Doe and John Roe", "Anna von Berg"). */
const NAME_JOINERS = /^(and|und|et|y|e|of|the|de|van|von|der|da|di|del|du|le|la|dos|das)$/i;
/** News agencies, often written in lowercase after the author ("Anna Muster, dpa"). */
const AGENCIES = /^(dpa|afp|ap|apa|sda|ats|kna|epd|efe|ansa|reuters|lusa|belga|anp)$/i;

/** True for a byline: "By Jane Doe", "Posted by: jim", "Von Anna Muster, dpa", "Jane Doe, Staff Writer". */
export function isBylineLine(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  const words = t.split(' ');
  if (!t || words.length > MAX_BYLINE_WORDS) return false;
  const low = t.toLowerCase();
  // "Jane Doe, Associated Press Writer", "Walter Gibbs contributed reporting."
  if (words.length <= 10 && BYLINE_ROLES.some((r) => low.endsWith(r) || low.endsWith(`${r}.`))) return true;
  // A sentence ends with a full stop; a byline ends with a name (an initial "J." is fine).
  if (/[.!?]["”»]?$/.test(t) && !/\b\p{Lu}\.$/u.test(t)) return false;
  for (const start of BYLINE_STARTS) {
    if (!low.startsWith(start) || (/[\p{L}]$/u.test(start) && /[\p{L}\p{N}]/u.test(low[start.length] ?? ''))) continue;
    const rest = t.slice(start.length).replace(/^[\s:]+/, '');
    const restWords = rest.split(/[\s,]+/).filter(Boolean);
    // "By", "Por" alone: a byline whose names went with their "byline" class box.
    if (!restWords.length) return /^[\p{L} ]+$/u.test(start) && !/[:]/.test(t);
    if (restWords.length > 10) return false;
    // A lone lowercase word is a user name ("Posted by: jim"); otherwise names are capitalised.
    if (restWords.length === 1) return true;
    const nameLike = restWords.filter((w) => /^[\p{Lu}@(]/u.test(w) || NAME_JOINERS.test(w) || AGENCIES.test(w) || /^[-–—|@\d]/u.test(w)).length;
    return nameLike >= restWords.length * 0.75;
  }
  return false;
}

/** "Associated Press - January 8, 2008 7:04 PM ET": an outlet's name of up to four capitalised words, then a dateline. */
export function isAttributedDateLine(text: string): boolean {
  const m = /^\s*([^-–—|]{2,40}?)\s+[-–—|]\s+(.+)$/u.exec(text);
  if (!m) return false;
  const name = m[1].trim().split(/\s+/);
  return name.length <= 4 && name.every((w) => /^[\p{Lu}\d(]/u.test(w)) && isDateLine(m[2]);
}

/**
 * "24. März 2004, 19:49 | Genesis", "March 5, 2020 · Jane Doe": a dateline and a name of up to
 * three capitalised words, on either side of a bar or a middle dot.
 */
export function isDateNameLine(text: string): boolean {
  const parts = text.split(/\s+[|·•]\s+/u);
  if (parts.length !== 2) return false;
  const isName = (p: string) => {
    const words = p.trim().split(/\s+/);
    return words.length <= 3 && words.every((w) => /^[\p{Lu}@]/u.test(w)) && !/\d/.test(p);
  };
  return (isDateLine(parts[0]) && isName(parts[1])) || (isName(parts[0]) && isDateLine(parts[1]));
}

/**
 * "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS", "January 8, 2008
 * by Jane Doe": a dateline, then a byline on the same line. Split at each word a byline may
 * open with; the words before must all be date words.
 */
export function isDateBylineLine(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  const words = t.split(' ');
  if (words.length > MAX_DATE_WORDS + MAX_BYLINE_WORDS) return false;
  for (let i = 2; i < words.length - 1; i++) {
    // A name follows the start word: "von 10:00 Uhr bis 18:00 Uhr" gives opening hours.
    if (!BYLINE_FIRST_WORDS.has(words[i].toLowerCase()) || !/^\p{L}/u.test(words[i + 1])) continue;
    if (isDateLine(words.slice(0, i).join(' ')) && isBylineLine(words.slice(i).join(' '))) return true;
  }
  return false;
}

/** A line that only names where the story comes from: "The Associated Press", "Staff and agencies", "(dpa)". */
export function isCreditLine(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase().replace(/^[-–—•*\s]+|[-–—.*\s]+$/gu, '');
  return CREDIT_LINES.has(t) || CREDIT_LINES.has(t.replace(/^\((.*)\)$/, '$1'));
}

/** "By X, Associated Press Writer 1 hour, 44 minutes ago": a byline with the age of the story after it. */
export function isAgedBylineLine(text: string): boolean {
  const m = /^(.*?)[\s,]+(?:\d+\s+(?:hours?|minutes?|mins?)[\s,]*)+ago$/iu.exec(text.trim());
  return !!m && isBylineLine(m[1]);
}
