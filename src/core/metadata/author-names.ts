// Raw author strings → clean person names: no "By"/"Von"/"Par"/"Por", no dates, no job
// titles after commas or pipes, split on " and ", de-duplicated.
import { cleanText } from './text';

const PREFIX = /^(?:(?:written|posted|reported|words|story|text|photos?|interview|compiled|edited)\s+by|by|von|par|por|door|from|author|autor(?:in)?|auteur|texte?|redaktion)\b\s*[:\-–]?\s*/i;
const SEPARATORS = /\s*(?:[,;|•·/\n]|\s[-–—]\s|\s(?:and|und|et|y|e|en|&)\s)\s*/i;
// Words that mark a job title, a date or a widget rather than a name.
const NOT_NAME = /\b(?:writer|reporter|editor|correspondent|contributor|columnist|journalist|producer|photographer|analyst|staff|chief|senior|director|manager|special to|redakteur(?:in)?|korrespondent(?:in)?|journaliste|rédact(?:eur|rice)|periodista|corrispondente|updated|published|posted|aktualisiert|veröffentlicht|min(?:ute)?s? read|read more|comments?|share|follow|view all|more (?:from|by|articles)|email|e-mail|twitter|facebook|subscribe|sign in|log in|advertisement|posts?|datum|date|profile|home|menu|search|getty|images|copyright|all rights)\b|@|https?:|www\./i;
// A weekday starts no name; a month word is a date only alone ("Jan" of "Jan 5, 2020"
// once the digits are gone): "Jan Lukas Strozyk", "May Chen" are names.
const DATE_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)(?![\p{L}])|^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/iu;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'das', 'bin', 'al', 'el', 'ten', 'ter', 'st.']);

function isName(s: string, strict: boolean): boolean {
  // Markup or code characters never occur in names (hostile or broken values).
  if (s.length < 2 || s.length > 60 || /[\d<>{}[\]=\\]/.test(s) || NOT_NAME.test(s) || DATE_WORD.test(s)) return false;
  const words = s.split(' ');
  if (words.length > 6) return false;
  if (!/^\p{L}/u.test(s)) return false;
  // Text from the page body must look like a name: capitalised words (or particles).
  // (Scripts without case, such as CJK, pass as they are.)
  return !strict || words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w) || PARTICLES.has(w.toLowerCase()));
}

/** Clean names from one raw value; `strict` for free text from byline elements. */
export function authorNames(raw: string, strict = false): string[] {
  let s = cleanText(raw);
  if (!s || /^(?:https?:)?\/\//i.test(s)) return [];
  // Everything from the first digit on is a date, a time or a count.
  s = s.replace(/\(.*?\)/g, ' ').replace(/\s*\d.*$/, '').replace(/\s+/g, ' ');
  // "Jane Doe December 16, 2016": the month before the digits is part of the date.
  s = s.replace(/\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i, '');
  const out: string[] = [];
  for (let part of s.split(SEPARATORS)) {
    for (let i = 0; i < 2; i++) part = part.replace(PREFIX, '');
    // "Jane Doe in Politics on", "Jane Doe for The Guardian": the name ends there.
    part = part.replace(/\s+(?:on|in|at|for|am|le|el|il|op)(?:\s.*)?$/, '').replace(/^[\s"“'‘]+|[\s"”'’.:]+$/g, '').trim();
    if (isName(part, strict)) out.push(part);
  }
  return out;
}

/** Removes duplicates (case- and accent-insensitive) keeping the first spelling. */
export function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
