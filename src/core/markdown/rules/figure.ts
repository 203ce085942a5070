// <figure> → the image, then its caption as a line of its own (in italics).
import { firstTag } from '../../cleanup/by-tag';
import { blockText } from '../../cleanup/text';
import { imageMarkdown } from './image';
import { asElement, type NamedRule } from './types';

export const figure: NamedRule = {
  name: 'figure',
  filter: (node) => node.nodeName === 'FIGURE' && !!firstTag(node, ['img']),
  replacement: (content, node) => {
    const el = asElement(node);
    const img = firstTag(el, ['img']);
    const picture = img ? imageMarkdown(img) : '';
    // Block boundaries become spaces: Turndown has already dropped the whitespace after a
    // block, which glued "<p>…Latina.</p><span>Twitter</span>" into "Latina.Twitter".
    const figcaption = firstTag(el, ['figcaption']);
    const caption = (figcaption ? blockText(figcaption) : '').replace(/([*_\\[\]`])/g, '\\$1');
    if (!picture) return content;
    return `\n\n${picture}${caption ? `\n\n*${caption}*` : ''}\n\n`;
  },
};
