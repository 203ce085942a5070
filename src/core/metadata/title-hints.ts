// More of the page for pickTitle, for titles that name little else than the site: read
// only when pickTitle asks (each walks part of the page).
import { classOf, firstElement, type PageIndex } from './page-index';
import { cleanText } from './text';
import { firstTag } from '../cleanup/by-tag';
import { squash, type Heading, type TitleHints } from './title';

/** The headline slot left empty ("<h1></h1>", an image or a script fills it): the first <h2> after it. */
function subheadingAfterEmptyH1(doc: Document, scope: PageIndex): Heading | null {
  const empty = scope.h1s.find((h) => !cleanText(h.textContent) && !firstTag(h, ['img']));
  const at = empty && scope.position.get(empty);
  if (!empty || at === undefined) return null;
  const h2 = Array.from(doc.getElementsByTagName('h2')).find((h) => (scope.position.get(h) ?? -1) > at);
  return h2 ? { value: h2.textContent ?? '', source: '<h2>', el: h2 } : null;
}

const TITLED = /title|headline/i;

/** Squashed texts of headings and title-like elements: which part of the <title> the page shows. */
function shownTexts(doc: Document): Set<string> {
  const out = new Set<string>();
  const root = doc.body;
  // Depth first by sibling links (jsdom's live collections re-walk the tree on indexed access).
  for (let el: Element | null = root; el; ) {
    // A headline is a small element: no reading the text of a "titlebar" wrapping the page.
    const small = el.childElementCount <= 5;
    if (small && (/^h[1-6]$/.test(el.localName) || (el.hasAttributes() && TITLED.test(`${classOf(el)} ${el.id}`)))) {
      const t = el.textContent ?? '';
      if (t.length <= 300) out.add(squash(t));
    }
    let next = firstElement(el.firstChild);
    for (let up: Element | null = el; !next && up && up !== root; up = up.parentElement) next = firstElement(up.nextSibling);
    el = next;
  }
  return out;
}

export function titleHints(doc: Document, scope: PageIndex, description: string | null): TitleHints {
  return { subheading: () => subheadingAfterEmptyH1(doc, scope), description, shownTexts: () => shownTexts(doc) };
}
