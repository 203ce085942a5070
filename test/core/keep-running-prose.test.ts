import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { isRunningProse, keepRunningProse, WRAPPED_HELPERS } from '../../src/core/prepare/keep-running-prose';
import { makeDocument } from './dom';

const SENTENCE = 'The council voted on Tuesday to approve the new budget, which funds schools and parks. ';
const BODY = `<p>${SENTENCE.repeat(5)}</p>`.repeat(4);

/** Readability's article text for `inner` placed in the middle of a long article, with and without the wrapper. */
function article(inner: string, keep: boolean): string {
  const html = `<html><body><article>${BODY}${inner}${BODY}</article></body></html>`;
  const reader = new Readability<string>(makeDocument(html), { keepClasses: true });
  return (keep ? keepRunningProse(reader) : reader).parse()?.textContent ?? '';
}

// A recipe's steps, each with its photo (cut down from a trafilatura dev page, eatwhattonight.com):
// more pictures than paragraphs, which Readability takes for a gallery.
const STEPS = `<ul class="directions-list">${[
  'Dice the tofu and use paper towels to soak up excess water.',
  'Heat up some cooking oil and pan fry the tofu till the edges are golden brown.',
  'Remove and drain on paper towels, then set the tofu aside on a plate.',
  'With two tablespoons of oil left in the wok, stir fry the garlic until fragrant.',
].map((step, i) => `<li><img src="step${i}.jpg"><span>${step}</span></li>`).join('')}</ul>`;

// The article's paragraphs in a CMS field whose class says "label-hidden" (Readability
// weighs the block down for "hidden") — cut down from a trafilatura dev page (fdpbt.de).
const FIELD = `<div class="field field--name-field-inhalt field--label-hidden field__items">${[
  'Das Ende der epidemischen Lage von nationaler Tragweite ist überfällig, denn eine Überlastung droht nicht mehr. Eingriffe sind nicht mehr zu rechtfertigen.',
  'Der Geschäftsführer erinnerte daran, dass seine Fraktion die erste gewesen sei, die das gefordert habe.',
  'Den Ländern soll für einen Übergangszeitraum ermöglicht werden, einfache Maßnahmen anzuordnen. Dazu zählen etwa Maskenpflicht und Hygienekonzepte.',
].map((p) => `<p>${p}</p>`).join('')}</div>`;

describe('keepRunningProse', () => {
  it('finds the helpers it wraps in the installed Readability', () => {
    const reader = new Readability(makeDocument('<p>x</p>')) as unknown as Record<string, unknown>;
    for (const name of WRAPPED_HELPERS) expect(typeof reader[name], name).toBe('function');
  });

  it('keeps a list of steps with a picture each', () => {
    expect(article(STEPS, false)).not.toContain('With two tablespoons');
    expect(article(STEPS, true)).toContain('With two tablespoons of oil left in the wok');
  });

  it('keeps paragraphs in a block whose class Readability dislikes', () => {
    expect(article(FIELD, false)).not.toContain('Übergangszeitraum');
    expect(article(FIELD, true)).toContain('Den Ländern soll für einen Übergangszeitraum');
  });

  it('still drops furniture: a related box, a short promo, a form', () => {
    const related = `<div class="related-stories">${FIELD}</div>`;
    const promo = `<div class="promo-box"><p>${SENTENCE}</p><p>Subscribe today and save, the offer ends soon.</p></div>`;
    const form = `<form>${FIELD}<input name="name"><input name="mail"><textarea></textarea></form>`;
    for (const junk of [related, promo, form]) {
      expect(article(junk, true)).not.toContain('Übergangszeitraum');
      expect(article(junk, true)).not.toContain('Subscribe today');
    }
  });
});

describe('isRunningProse', () => {
  const el = (html: string) => makeDocument(`<html><body><div id="x">${html}</div></body></html>`).getElementById('x')!;

  it('wants three paragraphs of sentences, most of the text, few links', () => {
    expect(isRunningProse(el(FIELD))).toBe(true);
    // Two paragraphs: a promo or a copyright line looks like that too.
    expect(isRunningProse(el(`<p>${SENTENCE.repeat(3)}</p><p>${SENTENCE.repeat(3)}</p>`))).toBe(false);
    // Headlines of other stories beside the blurbs: most of the text is no prose paragraph.
    const teasers = `<div><a href="/a">${'Another story headline here '.repeat(6)}</a></div>`.repeat(3);
    expect(isRunningProse(el(`${teasers}${FIELD}`))).toBe(false);
    // Paragraphs that are mostly links.
    expect(isRunningProse(el(`<p><a href="/a">${SENTENCE.repeat(2)}</a> ${SENTENCE}</p>`.repeat(3)))).toBe(false);
    // Labels without sentences.
    expect(isRunningProse(el('<p>Zutaten für 12 Stück</p>'.repeat(12)))).toBe(false);
  });
});
