// Data tables become GFM tables; layout tables (one column, nested blocks) become plain blocks.

const BLOCKS_IN_CELL = 'table, p, div, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, figure';

export function isLayoutTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation') return true;
  const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
  if (rows.length === 0) return true;
  const widest = Math.max(...rows.map((tr) => tr.children.length));
  if (widest < 2) return true;
  return Array.from(table.querySelectorAll('td, th')).some((cell) => cell.closest('table') === table && !!cell.querySelector(BLOCKS_IN_CELL));
}

export function owningTable(node: Element): Element | null {
  return node.closest('table');
}

export function isInDataTable(node: Element): boolean {
  const table = owningTable(node);
  return !!table && !isLayoutTable(table);
}
