// <figure> → the image, then its caption as a line of its own (in italics).
import { imageMarkdown } from './image';
import { asElement, oneLine, type NamedRule } from './types';

export const figure: NamedRule = {
  name: 'figure',
  filter: (node) => node.nodeName === 'FIGURE' && !!node.querySelector('img'),
  replacement: (content, node) => {
    const el = asElement(node);
    const img = el.querySelector('img');
    const picture = img ? imageMarkdown(img) : '';
    const caption = oneLine(el.querySelector('figcaption')?.textContent ?? '').replace(/([*_\\[\]`])/g, '\\$1');
    if (!picture) return content;
    return `\n\n${picture}${caption ? `\n\n*${caption}*` : ''}\n\n`;
  },
};
