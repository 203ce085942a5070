// A small form with an e-mail field is a newsletter sign-up, a contact or a comment form:
// its labels (consent clauses: "Ich willige darin ein, dass ... mir regelmäßig ...") read
// like running text, and on a page with a short story Readability may take the form's box
// for the article. Such forms go before Readability runs. A form around the whole page
// (ASP.NET pages wrap everything in one) holds the story's headline or much more text.
import { byTags, hasTag } from '../cleanup/by-tag';
import { collapse } from '../cleanup/text';

/** More text than this (characters) and the form holds more than a sign-up. */
const MAX_FORM_TEXT = 1500;
const MAIL_FIELD = /mail/i;

function hasMailField(form: Element): boolean {
  for (const input of byTags(form, ['input'])) {
    if ((input.getAttribute('type') ?? '').toLowerCase() === 'email') return true;
    const names = `${input.getAttribute('name') ?? ''} ${input.getAttribute('id') ?? ''} ${input.getAttribute('placeholder') ?? ''} ${input.getAttribute('autocomplete') ?? ''}`;
    if (MAIL_FIELD.test(names)) return true;
  }
  return false;
}

/** Removes the sign-up, contact and comment forms of `doc`; returns how many went. */
export function removeSignupForms(doc: Document): number {
  if (!doc.body) return 0;
  let removed = 0;
  for (const form of byTags(doc.body, ['form'])) {
    if (!form.isConnected || !hasMailField(form) || hasTag(form, ['h1', 'article', 'main'])) continue;
    if (collapse(form.textContent ?? '').length > MAX_FORM_TEXT) continue;
    form.remove();
    removed++;
  }
  return removed;
}
