// Structural checks every clipped post must pass, whatever the page: each returns
// a readable description of the first offence, so a failing test says where to look.

export interface MarkdownCheck {
  name: string;
  /** null when the post passes, else what is wrong and where. */
  find: (markdown: string) => string | null;
}

function lineOf(markdown: string, index: number): number {
  return markdown.slice(0, index).split('\n').length;
}

function firstMatch(markdown: string, re: RegExp, what: string): string | null {
  const match = re.exec(markdown);
  if (!match) return null;
  const line = lineOf(markdown, match.index);
  return `${what} at line ${line}: ${JSON.stringify(markdown.split('\n')[line - 1]?.slice(0, 120))}`;
}

/** Fenced-code openers and closers must pair up, or the rest of the post becomes code. */
function unbalancedFence(markdown: string): string | null {
  let open: { char: string; length: number; line: number } | null = null;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!fence) continue;
    const [marker, info] = [fence[1], fence[2]];
    if (open === null) open = { char: marker[0], length: marker.length, line: i + 1 };
    else if (marker[0] === open.char && marker.length >= open.length && info.trim() === '') open = null;
  }
  return open === null ? null : `code fence opened at line ${open.line} is never closed`;
}

export const MARKDOWN_CHECKS: MarkdownCheck[] = [
  // A link around a block (`[\n\n## Heading\n\n](url)`) renders as literal brackets.
  { name: 'no link wrapping a block', find: (md) => firstMatch(md, /\[\s*\n\s*\n/, 'link text starts with a blank line') },
  // Two trailing spaces are a hard break in Markdown: invisible, and never intended here.
  { name: 'no trailing spaces', find: (md) => firstMatch(md, /[ \t]+$/m, 'trailing whitespace') },
  { name: 'no three consecutive newlines', find: (md) => firstMatch(md, /\n\n\n/, 'two blank lines in a row') },
  { name: 'balanced code fences', find: unbalancedFence },
  // A blank line after the |---| row ends the table: the body rows become a paragraph of pipes.
  {
    name: 'table rows stay in their table',
    find: (md) => firstMatch(md, /^\|.*\|\n\|(?: *:?-{3,}:? *\|)+\n\n\|/m, 'table header followed by a blank line'),
  },
];
