// WordPress marks the comments written by the post's own author with the class
// "bypostauthor": on a post that shows no byline, the name on such a comment is the
// post's author (the blogger answering readers below their post).
import { authorNames } from './author-names';
import type { PageIndex } from './page-index';
import { spacedText } from './author-elements';

const OWN = /(?:^|\s)bypostauthor(?:\s|$)/;
// The commenter's name, best first: the vCard name, a name or link element, the author box.
const NAME_SELECTORS = ['.fn', '[class*="author-name" i], [class*="author-link" i]', '[class~="author" i], [class~="comment-author" i]'];

/** The name on the first comment the post's author wrote. */
export function postAuthorComment(scope: PageIndex): string[] {
  // Its class names the commenter ("comment-author-jane"), so it is among the bylines.
  const own = scope.bylines.find((el) => OWN.test(el.getAttribute('class') ?? ''));
  if (!own) return [];
  for (const selector of NAME_SELECTORS) {
    const el = own.querySelector(selector);
    const names = el ? authorNames(spacedText(el)) : [];
    if (names.length) return names.slice(0, 1);
  }
  return [];
}
