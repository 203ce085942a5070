// A <br> becomes a hard break, a backslash before the line's end (see ./service.ts). Where
// Markdown has no second line (a heading, a table cell), the break must go with its
// backslash: a backslash before a space is a literal "\" in the text.

/**
 * A backslash ending a line after an even run of backslashes (none, or escaped ones:
 * "C:\\" is the text "C:\").
 */
const HARD_BREAK = /(^|[^\\])((?:\\\\)*)\\\n/g;

/** `content` on one line: hard breaks and line ends become one space with the blanks around them. */
export function oneLine(content: string): string {
  return content.replace(HARD_BREAK, '$1$2\n').replace(/\s*\n\s*/g, ' ').trim();
}
