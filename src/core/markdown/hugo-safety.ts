// Hugo executes "{{< ... >}}" and "{{% ... %}}" in content as shortcodes: an article
// quoting one would break the site build. Outside code a Markdown backslash escape
// hides it (it renders as "{{<"); inside code, where escapes show, a zero-width space does.

const SHORTCODE_OPEN = /\{\{(\s*)([<%])/g;
const SHORTCODE_CLOSE_IN_CODE = /([>%])(\s*)\}\}/g;
const ZWSP = '\u200b';

function neutraliseText(text: string): string {
  return text.replace(SHORTCODE_OPEN, '{{$1\\$2');
}

function neutraliseCode(text: string): string {
  return text.replace(SHORTCODE_OPEN, `{${ZWSP}{$1$2`).replace(SHORTCODE_CLOSE_IN_CODE, `$1$2}${ZWSP}}`);
}

/** Splits Markdown into code (fenced blocks, inline spans) and the rest, and neutralises both. */
export function neutraliseShortcodes(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.split('\n');
  let fence: string | null = null;
  for (const line of lines) {
    // CommonMark: a backtick fence's info string has no backticks; otherwise the line
    // starts with an inline code span, not a fence.
    const marker = /^ {0,3}(`{3,})[^`]*$|^ {0,3}(~{3,})/.exec(line);
    const run = marker ? marker[1] ?? marker[2] : '';
    if (fence) {
      if (run && run[0] === fence[0] && run.length >= fence.length && line.trim() === run) fence = null;
      out.push(neutraliseCode(line));
      continue;
    }
    if (run) {
      fence = run;
      out.push(line);
      continue;
    }
    out.push(line.split(/(`+[^`]*`+)/).map((part, i) => (i % 2 ? neutraliseCode(part) : neutraliseText(part))).join(''));
  }
  return out.join('\n');
}
