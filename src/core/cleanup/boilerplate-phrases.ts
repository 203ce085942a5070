// Phrase lists (data, in boilerplate-phrases.json) → one matcher for short blocks.
import phrases from './boilerplate-phrases.json';

type Lists = Record<string, string[]>;

const flatten = (lists: Lists) => Object.values(lists).flat().map((p) => p.toLowerCase());

export const START_PHRASES = flatten(phrases.start as Lists);
export const CONTAINS_PHRASES = flatten(phrases.contains as Lists);
// One pass over the text says whether any contains-phrase is there; the list, in order,
// then says which (most blocks have none).
const anyOf = (list: string[]) => new RegExp(list.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
const CONTAINS_ANY = anyOf(CONTAINS_PHRASES);
export const SOCIAL_CALLS = flatten((phrases as unknown as { social: Lists }).social);
const SOCIAL_NETWORKS = /\b(twitter|facebook|instagram|youtube|telegram|whatsapp|tiktok|linkedin|pinterest|threads|mastodon|bluesky)\b/;

/** Longest text, in words, that a phrase match may remove: longer blocks are article text. */
export const MAX_BOILERPLATE_WORDS = 40;
/** A notice ("Disclaimer: ...") may run this long. */
export const MAX_NOTICE_WORDS = 100;
const NOTICE_PHRASES = flatten((phrases as unknown as { notice: Lists }).notice);
const LEGAL_FORMULAS = flatten((phrases as unknown as { legal: Lists }).legal);
// Asked of most short blocks: one pass says whether any formula is there at all.
const LEGAL_ANY = anyOf(LEGAL_FORMULAS);
// A notice speaks of rights: an author's own "Disclaimer: if you see different sizes, ..." is text.
const LEGAL_WORDS = /copyright|rights|reproduc|liabil|responsib|warrant|urheber|haftung|droits|derechos|diritti|direitos|responsabilit/;
/** A block starting with a phrase is a teaser line only when it is short. */
const MAX_START_WORDS = 25;
/** A lone word ("Comments", "Anzeige") is a label only when little follows it. */
const MAX_LABEL_WORDS = 5;

// START_PHRASES by first character, in list order: a block is tested only against the
// phrases it can start with (the first match in list order still wins). What the test asks
// of each phrase (how many words may follow, may it open a long sentence) is worked out once.
interface StartPhrase { phrase: string; maxWords: number; opensSentences: boolean; endsInWord: boolean }
const START_BY_CHAR = new Map<string, StartPhrase[]>();
for (const p of START_PHRASES) {
  const labelled = p.endsWith(':');
  const entry = { phrase: p, maxWords: p.includes(' ') || labelled ? MAX_START_WORDS : MAX_LABEL_WORDS, opensSentences: labelled || p.split(' ').length >= 3, endsInWord: /[\p{L}\p{N}]$/u.test(p) };
  START_BY_CHAR.set(p[0], [...(START_BY_CHAR.get(p[0]) ?? []), entry]);
}
const NO_PHRASES: StartPhrase[] = [];

/** Words above which a line ending like a sentence is one. */
const SENTENCE_WORDS = 12;

/** The phrase that marks this short text as boilerplate, or null. */
export function boilerplatePhrase(text: string): string | null {
  // Dashes and bullets around a label are decoration: "- Anzeige -", "• Read more".
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase().replace(/^[-–—•·|>»]+\s*/u, '');
  if (!t) return null;
  const words = t.split(' ').length;
  if (words > MAX_NOTICE_WORDS) return null;
  const notice = NOTICE_PHRASES.find((p) => t.startsWith(p));
  if (notice && LEGAL_WORDS.test(t)) return notice;
  if (words > MAX_BOILERPLATE_WORDS) return isLegalNotice(t) ? 'legal notice' : null;
  // A long full sentence is text even when it opens like a label ("Printer friendly copies
  // were ..."); a phrase of three words and more is a call whatever follows it ("Submit
  // your letter to the editor via this form.").
  const sentence = words > SENTENCE_WORDS && /[.!?]["”»)]?$/.test(t);
  for (const { phrase: p, maxWords, opensSentences, endsInWord } of START_BY_CHAR.get(t[0]) ?? NO_PHRASES) {
    if (words > maxWords || (sentence && !opensSentences) || !t.startsWith(p)) continue;
    // The phrase must end at a word boundary: "recommended" yes, "recommendedations" no.
    if (t.length === p.length || !endsInWord || !/[\p{L}\p{N}]/u.test(t[p.length])) return p;
  }
  if (CONTAINS_ANY.test(t)) for (const p of CONTAINS_PHRASES) if (t.includes(p)) return p;
  // A call to follow on a network; a contact line may follow it in the same block
  // ("Follow X on Twitter @x. Send us a message on WhatsApp at ..."): the first sentence decides.
  const end = /[.!?]\s/.exec(t);
  const first = end ? t.slice(0, end.index + 1) : t;
  if (first.split(' ').length <= MAX_START_WORDS && SOCIAL_NETWORKS.test(first)) {
    const call = SOCIAL_CALLS.find((c) => first.replace(/^[¿¡]/, '').startsWith(c));
    if (call) return call;
  }
  // "© 2008 AP", "(c) 2008", "(c) Indo-Asian News Service": a short line that opens with the sign.
  if (/^©|^\(c\)\s*\d{4}|^\(c\)\s+\p{L}|^copyright\b/u.test(t)) return 'copyright';
  return isLegalNotice(t) ? 'legal notice' : null;
}

/** A notice opens with its formulas: a story that ends with a copyright line is not one. */
const LEGAL_OPENING_CHARS = 80;

/** Two different copyright or terms formulas in one block, the first near its start. */
function isLegalNotice(t: string): boolean {
  if (!LEGAL_ANY.test(t)) return false;
  let formulas = 0;
  let opens = false;
  for (const f of LEGAL_FORMULAS) {
    const at = t.indexOf(f);
    if (at < 0) continue;
    if (at < LEGAL_OPENING_CHARS) opens = true;
    if (++formulas >= 2 && opens) return true;
  }
  return false;
}

export const END_PHRASES = new Set(flatten((phrases as unknown as { end: Lists }).end));
const END_COMPACT = new Set(Array.from(END_PHRASES, (p) => p.replace(/ /g, '')));

/**
 * True when this short line opens what follows an article: "Comments (12)", "Related
 * stories", "R E A D E R  C O M M E N T S", "Kommentare:". The whole line must be the phrase.
 */
export function isEndMarker(text: string): boolean {
  let t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!t || t.length > 60) return false;
  // Letter-spaced headings: "r e a d e r c o m m e n t s".
  if (/^(?:\p{L} )+\p{L}$/u.test(t)) return END_COMPACT.has(t.replace(/ /g, ''));
  t = t.replace(/^\d+\s+/, '').replace(/\s*[(\[]?\d+[)\]]?$/, '').replace(/[\s:.…»›>|?!-]+$/, '').trim();
  return END_PHRASES.has(t) || END_PHRASES.has(t.replace(/^(?:\d+ )/, ''));
}

const SIGN_OFFS = flatten((phrases as unknown as { signoff: Lists }).signoff);

/** True when this short line opens with a closing greeting: "Euer HansEhrlich", "Cheers, Anna". */
export function isSignOff(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return SIGN_OFFS.some((p) => t.startsWith(p) && (t.length === p.length || !/[\p{L}\p{N}]/u.test(t[p.length])));
}
