// Front matter values → YAML through js-yaml (never hand-built), and the whole post file.
import yaml from 'js-yaml';

// Control characters (and line/paragraph separators) break some YAML readers and
// mean nothing in a title; tabs and newlines become plain spaces.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/g;

// A lone UTF-16 surrogate (a script can put one in document.title) becomes "\uD800" in
// YAML, which Hugo rejects: it is replaced by U+FFFD as UTF-8 encoders do.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One-line, control-free text as it may stand in front matter. */
export function cleanScalar(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

export function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return cleanScalar(value);
  if (Array.isArray(value)) return value.map(cleanValue).filter((v) => v !== '');
  return value;
}

// defineProperty, not out[key] = …: a key named "__proto__" must be a key, not the prototype.
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** YAML in the Mainroad style: double-quoted strings, bare booleans, block lists, no wrapping. */
export function serializeFrontMatter(values: Record<string, unknown>): string {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) setKey(clean, key, cleanValue(value));
  return yaml.dump(clean, { quotingType: '"', forceQuotes: true, lineWidth: -1, noRefs: true, sortKeys: false });
}

/** The whole post file: front matter, a blank line, the body, one final newline. */
export function renderPost(frontMatter: Record<string, unknown>, body: string): string {
  const text = body.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/^\n+|\s+$/g, '');
  return `---\n${serializeFrontMatter(frontMatter)}---\n\n${text}\n`;
}
