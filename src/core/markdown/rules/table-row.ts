// A data-table row → "| a | b |"; the first row is the header and gets the "| --- |" line.
import { columnCount, isInDataTable, ownRows, owningTable } from './table-kind';
import { asElement, type NamedRule } from './types';

export const tableRow: NamedRule = {
  name: 'tableRow',
  filter: (node) => node.nodeName === 'TR' && isInDataTable(node),
  replacement: (content, node) => {
    const el = asElement(node);
    const table = owningTable(el);
    const rows = table ? ownRows(table) : [];
    const columns = table ? columnCount(table) : 0;
    // Short rows are padded so every row has as many cells as the widest.
    const padded = content + ' |'.repeat(Math.max(0, columns - el.children.length));
    if (rows[0] !== el) return `${padded}\n`;
    return `\n\n${padded}\n|${' --- |'.repeat(columns)}\n`;
  },
};

export const layoutRow: NamedRule = {
  name: 'layoutRow',
  filter: (node) => node.nodeName === 'TR' && !isInDataTable(node),
  replacement: (content) => `\n\n${content}\n\n`,
};
