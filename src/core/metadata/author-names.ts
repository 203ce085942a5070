// Raw author strings → clean person names: no "By"/"Von"/"Par"/"Por"/"di", no dates, no job
// titles after commas or pipes, split on " and ", de-duplicated; desk credits
// ("Redaktion") and joined agency credits ("AFP/The Local") kept whole, user names only
// from author markup.
import { cleanText } from './text';

const PREFIX = /^(?:(?:information|content)\s+provided\s+by(?:\s*\([^)]{0,40}\))?|(?:written|posted|reported|words|story|text|photos?|interview|compiled|edited)\s+by|(?:ein\s+)?(?:artikel|beitrag)\s+von|(?:geschrieben|verfasst)\s+von|herausgeber(?=\s*:)|by|von|par|por|door|from|author|autor(?:in)?|auteur|texte?|redaktion|interview)\b\s*[:\-–]?\s*/i;
// Italian "di Mario Rossi", "a cura di": lower case only ("Di Maio" is a name).
const PREFIX_CASED = /^(?:a\s+cura\s+)?di\s+(?=\p{Lu})/u;
// "/" does not split a forum's user prefix ("u/name").
const SEPARATORS = /\s*(?:[,;|•·\n]|(?<!(?:^|\s)u)\/|\s[-–—]\s|\s(?:and|und|et|y|e|en|&)\s)\s*/i;
// Words that mark a job title, a date or a widget rather than a name.
const NOT_NAME = /\b(?:writer|reporter|editor|correspondent|contributor|columnist|journalist|producer|photographer|analyst|staff|chief|senior|director|manager|special to|redakteur(?:in)?|korrespondent(?:in)?|journaliste|rédact(?:eur|rice)|periodista|corrispondente|updated|published|posted|aktualisiert|veröffentlicht|min(?:ute)?s? read|read more|comments?|share|follow|view all|more|mehr|email|e-mail|twitter|facebook|subscribe|sign in|log in|advertisement|posts?|datum|date|profile|home|menu|search|getty|images|copyright|all rights|click|quelle|source|admin(?:istrator)?|webmaster)\b|@|https?:|www\./i;
// A weekday starts no name; a month word is a date only alone ("Jan" of "Jan 5, 2020"
// once the digits are gone): "Jan Lukas Strozyk", "May Chen" are names.
const DATE_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)(?![\p{L}])|^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/iu;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'das', 'bin', 'al', 'el', 'ten', 'ter', 'st.']);

/** A user name ("karstenruppert", "c1ph4", "happyface313"): one token, digits allowed. */
const HANDLE = /^\p{L}[\p{L}\p{N}_.-]{2,30}$/u;
/**
 * A user name written with its site's prefix ("@jane_doe", "u/jane"): the poster of a
 * social or forum post as the page shows it, a user name even in page text.
 */
const PREFIXED_HANDLE = /^(?:@|u\/)[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,30}$/u;

function isName(s: string, strict: boolean, handles: boolean): boolean {
  if (PREFIXED_HANDLE.test(s)) return true;
  if (handles && HANDLE.test(s) && !NOT_NAME.test(s) && !DATE_WORD.test(s)) return true;
  // Markup or code characters never occur in names (hostile or broken values).
  if (s.length < 2 || s.length > 60 || /[\d<>{}[\]=\\]/.test(s) || NOT_NAME.test(s) || DATE_WORD.test(s)) return false;
  const words = s.split(' ');
  if (words.length > 6) return false;
  if (!/^\p{L}/u.test(s)) return false;
  // Text from the page body must look like a name: capitalised words (or particles).
  // (Scripts without case, such as CJK, pass as they are.)
  return !strict || words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w) || PARTICLES.has(w.toLowerCase()));
}

/**
 * Clean names from one raw value; `strict` for free text from byline elements, `handles`
 * to accept user names (from author markup: meta tags, JSON-LD, rel=author links).
 */
export function authorNames(raw: string, strict = false, handles = !strict): string[] {
  // Block separators around a byline's text ("| red, APA |" from spacedText) say nothing.
  // "<s>@</s><b>jane</b>": the prefix in its own element is still the user name's.
  let s = cleanText(raw)?.replace(/^[\s|]+|[\s|]+$/g, '').replace(/(^|[\s|])@ (?=[\p{L}\p{N}_])/gu, '$1@') ?? '';
  if (!s || /^(?:https?:)?\/\//i.test(s)) return [];
  // "Redaktion", "AOL Staff": kept whole (the caller ranks a desk below a person).
  const desk = deskCredit(s);
  if (desk) return [desk];
  // Everything from the first number on is a date, a time or a count (digits glued to
  // letters belong to a user name).
  s = s.replace(/\(.*?\)/g, ' ').replace(/\s*(?<![\p{L}\d])\d.*$/u, '').replace(/\s+/g, ' ');
  // "Jane Doe December 16, 2016": the month before the digits is part of the date.
  s = s.replace(/\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i, '');
  const out: string[] = [];
  for (let part of s.split(SEPARATORS)) {
    for (let i = 0; i < 2; i++) part = part.replace(PREFIX, '').replace(PREFIX_CASED, '');
    // "Jane Doe in Politics on", "Jane Doe for The Guardian": the name ends there.
    part = part.replace(/\s+(?:on|in|at|for|am|le|el|il|op)(?:\s.*)?$/, '').replace(/^[\s"“'‘]+|[\s"”'’:]+$/g, '');
    // A final dot ends a sentence, except after an initial ("R. R.").
    part = part.replace(/(?<!(?:^|\s)\p{L})\.+$/u, '').trim();
    if (isName(part, strict, handles)) out.push(part);
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

/** A user name rather than a person's name: one token in lower case, or with digits or "_". */
export function isHandle(name: string): boolean {
  return PREFIXED_HANDLE.test(name) || (/^[a-z][a-z0-9_.-]{2,30}$/i.test(name) && (/[\d_]/.test(name) || name === name.toLowerCase()));
}

// The desk credited instead of a person: "Redaktion", "AOL Staff", "Editorial Team";
// German-language sites abbreviate the desk to "red" before its sources ("red, wien.ORF.at/Agenturen",
// "red/dpa"): the credit as the page gives it.
const DESK = /^(?:(?:[\p{L}\p{N}.&'’-]+\s+){0,3}(?:staff|newsroom|editorial\s+(?:staff|team|board|desk)|news\s+desk)|redaktion(?:\s+[\p{L}\p{N}.&-]+){0,4}|red\.?\s*[,/]\s*[\p{L}\p{N}.,/ -]+|la\s+r[ée]daction|the\s+editors)$/iu;

// A news agency's credit joined to another with "/" ("AFP/The Local", "APA/AP",
// "dpa/AFP"): the credit as the page gives it, not the agency alone.
const AGENCY = /^(?:afp|ap|apa|dpa|reuters|kna|epd|sid|sda|keystone-sda|ansa|efe|aap|dapd|ddp|upi|kyodo|yonhap|tass|xinhua)$/i;

function agencyCredit(s: string): boolean {
  const parts = s.split(/\s*\/\s*/);
  return parts.length >= 2 && parts.length <= 3 && AGENCY.test(parts[0]) && parts.every((p) => /^\p{L}[\p{L}.' -]{0,29}$/u.test(p));
}

/** The desk (or joined agency) credit of a raw author value, or null when it names neither. */
export function deskCredit(raw: string): string | null {
  // "wien.ORF.at/ Agenturen": a space only after the slash is the markup's (a link after it).
  const s = cleanText(raw)?.replace(/^by\s+/i, '').replace(/(\S)\/\s+/g, '$1/');
  return s && s.length <= 60 && (DESK.test(s) || agencyCredit(s)) ? s : null;
}
