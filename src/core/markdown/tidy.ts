// Final shape of the Markdown: no trailing spaces, at most one blank line between blocks.

export function tidyMarkdown(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    // A line holding only a backslash (a hard break with nothing after it, in a list item
    // too) is noise.
    .replace(/^[ \t]*\\$/gm, '')
    // A hard break at the end of a block (<p>text<br></p>) breaks nothing: drop its backslash.
    .replace(/([^\\])\\\n(?=\n|$)/g, '$1\n')
    .replace(/([^\\])\\$/, '$1')
    // After the backslashes are gone, so a line they leave blank is seen as blank.
    .replace(/[ \t]+$/gm, '')
    // A line of other blanks only (a no-break space left between two blocks) is an empty
    // paragraph to a reader and a stray line to Hugo.
    .replace(/^[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
