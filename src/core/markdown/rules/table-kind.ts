// Data tables become GFM tables; layout tables (one column, nested blocks) become plain blocks.
import { byTags, closestTag, tagList } from '../../cleanup/by-tag';

const BLOCKS_IN_CELL = tagList('table, p, div, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, figure');

// Turndown asks once per row and cell; the answer depends on the whole table, so it is
// remembered per table element (a conversion works on its own clone: no stale answers).
const layoutCache = new WeakMap<Element, boolean>();
const rowsCache = new WeakMap<Element, Element[]>();

/** The table's own rows, not those of tables nested in it. */
export function ownRows(table: Element): Element[] {
  let rows = rowsCache.get(table);
  if (!rows) {
    rows = byTags(table, ['tr']).filter((tr) => closestTag(tr, ['table']) === table);
    rowsCache.set(table, rows);
  }
  return rows;
}

const columnsCache = new WeakMap<Element, number>();

/** Cells in the widest row. */
export function columnCount(table: Element): number {
  let n = columnsCache.get(table);
  if (n === undefined) {
    n = Math.max(0, ...ownRows(table).map((tr) => tr.children.length));
    columnsCache.set(table, n);
  }
  return n;
}

function computeLayout(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation') return true;
  const rows = ownRows(table);
  if (rows.length === 0) return true;
  if (columnCount(table) < 2) return true;
  return byTags(table, BLOCKS_IN_CELL).some((block) => {
    const cell = closestTag(block, ['td', 'th']);
    return !!cell && closestTag(cell, ['table']) === table && block !== table;
  });
}

export function isLayoutTable(table: Element): boolean {
  let layout = layoutCache.get(table);
  if (layout === undefined) {
    layout = computeLayout(table);
    layoutCache.set(table, layout);
  }
  return layout;
}

export function owningTable(node: Element): Element | null {
  return closestTag(node, ['table']);
}

export function isInDataTable(node: Element): boolean {
  const table = owningTable(node);
  return !!table && !isLayoutTable(table);
}
