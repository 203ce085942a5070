// <a> → [text](url). Block content inside a link (a teaser card) is flattened to one
// line: "[\n\n...\n\n](url)" is broken Markdown.
import { asElement, markdownUrl, type NamedRule } from './types';

export const link: NamedRule = {
  name: 'link',
  filter: (node) => node.nodeName === 'A',
  replacement: (content, node) => {
    const href = asElement(node).getAttribute('href')?.trim() ?? '';
    const text = content
      .split('\n')
      .map((line) => line.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+\.\s+|>\s*)/, '').trim())
      .filter(Boolean)
      .join(' ');
    if (!text) return '';
    if (!href || /^(javascript|data|vbscript):/i.test(href)) return text;
    return `[${text}](${markdownUrl(href)})`;
  },
};
