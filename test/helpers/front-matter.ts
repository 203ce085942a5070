// Splits a post file into its YAML front matter and body, and reads the YAML back
// with js-yaml: the check that what we write is what Hugo will read.
import yaml from 'js-yaml';

export interface SplitPost {
  yaml: string;
  body: string;
}

/** Throws when the file does not start with a `---` … `---` block. */
export function splitPost(markdown: string): SplitPost {
  const match = /^---\n([\s\S]*?\n)?---\n/.exec(markdown);
  if (!match) throw new Error(`post does not start with a --- front matter block: ${JSON.stringify(markdown.slice(0, 80))}`);
  return { yaml: match[1] ?? '', body: markdown.slice(match[0].length) };
}

export function readFrontMatter(markdown: string): unknown {
  return yaml.load(splitPost(markdown).yaml);
}
