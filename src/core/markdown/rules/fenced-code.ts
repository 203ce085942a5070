// <pre> → a fenced block, with the language when the page names it, and a fence
// longer than any backtick run inside so the block always closes.
import { firstTag } from '../../cleanup/by-tag';
import { asElement, type NamedRule } from './types';

const LANGUAGE_PATTERNS = [/(?:^|\s)(?:language|lang|highlight-source|highlight)-([\w+#-]+)/i, /brush:\s*([\w+#-]+)/i];

export function codeLanguage(el: Element): string {
  const candidates = [el, firstTag(el, ['code']), el.parentElement].filter(Boolean) as Element[];
  for (const c of candidates) {
    const data = c.getAttribute('data-lang') ?? c.getAttribute('data-language');
    if (data && /^[\w+#-]+$/.test(data)) return data.toLowerCase();
    const cls = c.getAttribute('class') ?? '';
    for (const re of LANGUAGE_PATTERNS) {
      const m = re.exec(cls);
      if (m) return m[1].toLowerCase();
    }
  }
  return '';
}

export const fencedCode: NamedRule = {
  name: 'fencedCode',
  filter: 'pre',
  replacement: (_content, node) => {
    const el = asElement(node);
    // Blank lines around the code say nothing. (A browser drops the newline right after <pre>
    // when it parses, and does not write it back when it serialises: the popup's snapshot of
    // "<pre>\n\ncode" starts at "code" where the page's own tree has a blank line first.)
    const code = (el.textContent ?? '').replace(/^(?:[ \t]*\n)+/, '').replace(/\n+$/, '');
    const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `\n\n${fence}${codeLanguage(el)}\n${code}\n${fence}\n\n`;
  },
};
