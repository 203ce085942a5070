// <li> → "- item" / "1. item" with a single space (Turndown's default pads to four columns).
import { asElement, type NamedRule } from './types';

export const listItem: NamedRule = {
  name: 'listItem',
  filter: 'li',
  replacement: (content, node, options) => {
    const el = asElement(node);
    const parent = el.parentElement;
    let prefix = `${options.bulletListMarker ?? '-'} `;
    if (parent?.nodeName === 'OL') {
      const start = Number(parent.getAttribute('start'));
      const index = Array.prototype.indexOf.call(parent.children, el) as number;
      prefix = `${(Number.isFinite(start) && start > 0 ? start : 1) + index}. `;
    }
    const isParagraph = /\n$/.test(content);
    const body = content.replace(/^\n+|\n+$/g, '') + (isParagraph ? '\n' : '');
    const indented = body.replace(/\n/g, `\n${' '.repeat(prefix.length)}`);
    // An <li> outside any list (broken markup) must still start its own block.
    if (parent?.nodeName !== 'UL' && parent?.nodeName !== 'OL') return `\n\n${prefix}${indented}\n\n`;
    return prefix + indented + (el.nextElementSibling ? '\n' : '');
  },
};
