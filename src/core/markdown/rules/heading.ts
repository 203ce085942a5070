// <h1>–<h6> → "## text" on one line. An ATX heading ends at its line's end: a <br> in
// it ("Designed to<br>be redesigned") would leave "## Designed to\" and a paragraph
// "be redesigned". Line breaks inside become spaces.
import { oneLine } from '../hard-breaks';
import type { NamedRule } from './types';

export const heading: NamedRule = {
  name: 'heading',
  filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  replacement: (content, node) => {
    const text = oneLine(content);
    if (!text) return '';
    const level = Number(node.nodeName.charAt(1));
    return `\n\n${'#'.repeat(level)} ${text}\n\n`;
  },
};
