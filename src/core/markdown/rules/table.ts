// <table> → its rows (see table-row.ts), set apart as a block; captions become a line above.
import { firstTag } from '../../cleanup/by-tag';
import { asElement, oneLine, type NamedRule } from './types';

export const table: NamedRule = {
  name: 'table',
  filter: 'table',
  replacement: (content, node) => {
    const caption = oneLine(firstTag(asElement(node), ['caption'])?.textContent ?? '');
    return `\n\n${caption ? `${caption}\n\n` : ''}${content.replace(/^\n+|\n+$/g, '')}\n\n`;
  },
};

/** Captions are written by the table rule. */
export const tableCaption: NamedRule = {
  name: 'tableCaption',
  filter: 'caption',
  replacement: () => '',
};
