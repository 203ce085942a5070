// A date after a label that says what it is, anywhere on the page: "Datum: 19.11.2021",
// "Veröffentlichung: 04.02.2022", "Published: March 3, 2021". Read only when no other
// source on the page gave a date (it reads the whole page's text).
import type { Candidate } from './candidate';

const LABEL = /(?<![\p{L}])(?:ver[öo]ffentlicht(?:\s+am)?|ver[öo]ffentlichung|erschienen(?:\s+am)?|datum|published(?:\s+on)?|date|publi[ée]\s+le|publicado(?:\s+el)?|pubblicato(?:\s+il)?)\s*:\s*(?=\d|\p{L}+\.?\s+\d)/giu;
const MAX = 3;

/** The text right after each date label of the body (the date reader takes it from there). */
export function labelledDates(doc: Document): Candidate[] {
  const text = (doc.body?.textContent ?? '').replace(/\s+/g, ' ');
  const out: Candidate[] = [];
  for (const m of text.matchAll(LABEL)) {
    const at = (m.index ?? 0) + m[0].length;
    out.push({ value: text.slice(at, at + 40), source: `date after '${m[0].replace(/\s*:\s*$/, '')}:'` });
    if (out.length >= MAX) break;
  }
  return out;
}
