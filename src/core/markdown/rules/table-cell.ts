// A data-table cell → " text |", on one line with pipes escaped; a <br> in it becomes a
// space (a GFM cell has no second line).
import { oneLine } from '../hard-breaks';
import { isInDataTable } from './table-kind';
import { asElement, type NamedRule } from './types';

export const tableCell: NamedRule = {
  name: 'tableCell',
  filter: (node) => (node.nodeName === 'TD' || node.nodeName === 'TH') && isInDataTable(node),
  replacement: (content, node) => {
    const el = asElement(node);
    const text = oneLine(content).replace(/\|/g, '\\|');
    const first = el.parentElement?.firstElementChild === el;
    return `${first ? '| ' : ' '}${text} |`;
  },
};

/** Layout-table cells are just blocks. */
export const layoutCell: NamedRule = {
  name: 'layoutCell',
  filter: (node) => (node.nodeName === 'TD' || node.nodeName === 'TH') && !isInDataTable(node),
  replacement: (content) => `\n\n${content}\n\n`,
};
