// <thead>/<tbody>/<tfoot> of a data table add nothing: Turndown's default would wrap
// them in blank lines and split the table in two.
import { isInDataTable } from './table-kind';
import type { NamedRule } from './types';

export const tableSection: NamedRule = {
  name: 'tableSection',
  filter: (node) => /^(THEAD|TBODY|TFOOT)$/.test(node.nodeName) && isInDataTable(node),
  replacement: (content) => content,
};
