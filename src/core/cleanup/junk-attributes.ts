// Recognises page furniture by its class, id, role, aria-label and data-* names.
import { childElements, hasTag } from './by-tag';
import { CONTENT_WORDS, JUNK_PHRASES, JUNK_ROLES, JUNK_WORDS, PICTURE_WORDS, PROSE_BOX_WORDS, SIDE_COLUMN, TEXT_BOX_WORDS } from './patterns';
import { flatText, linkDensity, wordCount } from './text';

/**
 * A class that says what an element has or lacks, not what it is: "has-sharing" on an
 * article header with share buttons in it, "with-sidebar" on a page layout.
 */
const MODIFIER_CLASS = /^(?:has|with|without|no)[-_]/;

const slug = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/**
 * An id made from the element's own heading ("sharing-with-a-single-developer" on the
 * section under "<h2>Sharing with a single developer</h2>", as Sphinx and many CMSs do):
 * it names the section's subject, not its role.
 */
function isHeadingSlug(el: Element, id: string): boolean {
  if (!id.includes('-')) return false;
  for (const child of childElements(el)) {
    if (/^H[1-6]$/.test(child.tagName)) return slug(child.textContent ?? '') === slug(id);
  }
  return false;
}

/** Class (less its has-/with- modifiers) and id (unless a heading's slug), lowercase. */
function names(el: Element): string {
  const classes = (el.getAttribute('class') ?? '').toLowerCase().split(/\s+/).filter((c) => !MODIFIER_CLASS.test(c));
  const id = el.getAttribute('id') ?? '';
  return `${classes.join(' ')} ${isHeadingSlug(el, id) ? '' : id}`.toLowerCase();
}

/** The lowercase words of an element's class and id: "nl-signup__body" → nl, signup, body. */
export function attributeWords(el: Element): string[] {
  return wordsOf(names(el));
}

const wordsOf = (joined: string): string[] => joined.split(/[^a-z0-9]+/).filter(Boolean);

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

/** A picture and its caption, no more text than a caption. */
const MAX_CAPTION_WORDS = 60;

/**
 * An editor's picture widget ("dnd-widget-wrapper type-image": the picture and its
 * caption placed in the story): its class says image and it holds one.
 */
function isPictureBox(el: Element, words: string[]): boolean {
  return words.some((w) => PICTURE_WORDS.has(w)) && hasTag(el, ['img', 'picture']) && wordCount(flatText(el)) <= MAX_CAPTION_WORDS;
}

/**
 * One class or id names a right-hand column, and not one that says it holds the content
 * ("content_right_col" is the story's own box; "right-col text-5" is a text widget in the sidebar).
 */
function isSideColumn(joined: string): boolean {
  if (!/right/.test(joined)) return false;
  return joined.split(/\s+/).some((name) => {
    const words = wordsOf(name);
    return SIDE_COLUMN.test(words.join('-')) && !words.some((w) => CONTENT_WORDS.has(w));
  });
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
  const words = wordsOf(joined);
  for (const word of words) {
    if (!JUNK_WORDS.has(word)) continue;
    if (PROSE_BOX_WORDS.has(word) && isProse(el)) continue;
    if (TEXT_BOX_WORDS.has(word) && words.some((w) => CONTENT_WORDS.has(w)) && isProse(el)) continue;
    if (TEXT_BOX_WORDS.has(word) && isPictureBox(el, words)) continue;
    return `class ${word}`;
  }
  if (isSideColumn(joined)) return 'class side column';
  const data = dataNames(el);
  if (/\b(?:newsletter|ad-?slot|ad-?unit|share|related)\b/.test(data)) return `data ${data.trim()}`;
  const label = (el.getAttribute('aria-label') ?? '').toLowerCase();
  if (/\b(share|social|advert|newsletter|related|comments?)\b/.test(label)) return `aria-label ${label}`;
  return null;
}
