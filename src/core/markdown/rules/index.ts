// Every Markdown rule, in the order Turndown tries them (first match wins).
import type { NamedRule } from './types';
import { figure } from './figure';
import { image } from './image';
import { link } from './link';
import { listItem } from './list-item';
import { emphasis, strong } from './emphasis';
import { fencedCode } from './fenced-code';
import { heading } from './heading';
import { embed } from './embed';
import { socialPost } from './social-post';
import { table, tableCaption } from './table';
import { tableRow, layoutRow } from './table-row';
import { tableCell, layoutCell } from './table-cell';
import { tableSection } from './table-section';

export const RULES: NamedRule[] = [
  socialPost,
  figure,
  image,
  embed,
  link,
  listItem,
  emphasis,
  strong,
  fencedCode,
  heading,
  tableCaption,
  tableCell,
  layoutCell,
  tableRow,
  layoutRow,
  tableSection,
  table,
];
