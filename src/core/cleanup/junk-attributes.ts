// Recognises page furniture by its class, id, role, aria-label and data-* names.
import { hasTag } from './by-tag';
import { CONTENT_WORDS, JUNK_PHRASES, JUNK_ROLES, JUNK_WORDS, PROSE_BOX_WORDS, TEXT_BOX_WORDS } from './patterns';
import { flatText, linkDensity, wordCount } from './text';

/**
 * A class that says what an element has or lacks, not what it is: "has-sharing" on an
 * article header with share buttons in it, "with-sidebar" on a page layout.
 */
const MODIFIER_CLASS = /^(?:has|with|without|no)[-_]/;

/** Class (less its has-/with- modifiers) and id, lowercase. */
function names(el: Element): string {
  const classes = (el.getAttribute('class') ?? '').toLowerCase().split(/\s+/).filter((c) => !MODIFIER_CLASS.test(c));
  return `${classes.join(' ')} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/** The lowercase words of an element's class and id: "nl-signup__body" → nl, signup, body. */
export function attributeWords(el: Element): string[] {
  return names(el).split(/[^a-z0-9]+/).filter(Boolean);
}

function dataNames(el: Element): string {
  let out = '';
  for (const attr of Array.from(el.attributes)) if (attr.name.startsWith('data-')) out += ` ${attr.name.slice(5)}`;
  return out;
}

/** Running text: enough words, few of them links (an expanded description, a text block). */
const PROSE_WORDS = 30;
function isProse(el: Element): boolean {
  return wordCount(flatText(el)) >= PROSE_WORDS && linkDensity(el) < 0.25;
}

/** Why this element looks like furniture, or null. */
export function junkReason(el: Element): string | null {
  // Every reason reads an attribute: none, no reason (most of an article's elements; each
  // getAttribute below costs on jsdom).
  if (!el.hasAttributes()) return null;
  const role = el.getAttribute('role');
  if (role && JUNK_ROLES.has(role.toLowerCase())) return `role=${role}`;
  if (el.getAttribute('aria-hidden') === 'true' && !hasTag(el, ['img', 'picture'])) return 'aria-hidden';
  if (el.hasAttribute('hidden')) return 'hidden';
  const style = el.getAttribute('style') ?? '';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 'style hidden';
  const joined = names(el);
  for (const phrase of JUNK_PHRASES) if (joined.includes(phrase)) return `class ${phrase}`;
  const words = attributeWords(el);
  for (const word of words) {
    if (!JUNK_WORDS.has(word)) continue;
    if (PROSE_BOX_WORDS.has(word) && isProse(el)) continue;
    if (TEXT_BOX_WORDS.has(word) && words.some((w) => CONTENT_WORDS.has(w)) && isProse(el)) continue;
    return `class ${word}`;
  }
  const data = dataNames(el);
  if (/\b(?:newsletter|ad-?slot|ad-?unit|share|related)\b/.test(data)) return `data ${data.trim()}`;
  const label = (el.getAttribute('aria-label') ?? '').toLowerCase();
  if (/\b(share|social|advert|newsletter|related|comments?)\b/.test(label)) return `aria-label ${label}`;
  return null;
}
