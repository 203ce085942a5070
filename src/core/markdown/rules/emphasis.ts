// <em>/<i> → *text*, <strong>/<b> → **text**. Around block content (a <pre>, a list)
// the markers are dropped: "*```" would open no fence and "```*" a wrong one.
import type { NamedRule } from './types';
import { asElement } from './types';
import type TurndownService from 'turndown';
import { hasTag, tagList } from '../../cleanup/by-tag';

const EMPHASIS = /^(EM|I)$/;
const STRONG = /^(STRONG|B)$/;
const LINE_BREAKING = tagList('br, p, div, pre, ul, ol, li, table, blockquote, h1, h2, h3, h4, h5, h6, figure, hr');

/**
 * The sibling right beside the element, with no text between, is emphasis of the same
 * kind and holds text: "<em>b</em><em>y Your Name</em>" is one run, written "*by Your
 * Name*" (two runs give "*b**y Your Name*", which reads as stray asterisks).
 */
function joins(sibling: ChildNode | null, kind: RegExp): boolean {
  if (!sibling || sibling.nodeType !== 1 || !kind.test((sibling as Element).tagName) || !(sibling.textContent ?? '').trim()) return false;
  // A sibling over several lines is written without markers (see wrap): nothing to join.
  return !hasTag(sibling as Element, LINE_BREAKING);
}

function wrap(delimiter: string, content: string, node: TurndownService.Node, kind: RegExp): string {
  if (!content.trim()) return '';
  if (content.includes('\n')) return content;
  const el = asElement(node);
  // Spaces stay outside the markers: "* a*" is not emphasis in CommonMark.
  const lead = /^\s*/.exec(content)?.[0] ?? '';
  const trail = /\s*$/.exec(content)?.[0] ?? '';
  const open = joins(el.previousSibling, kind) ? '' : delimiter;
  const close = joins(el.nextSibling, kind) ? '' : delimiter;
  return `${lead}${open}${content.trim()}${close}${trail}`;
}

export const emphasis: NamedRule = {
  name: 'emphasis',
  filter: ['em', 'i'],
  replacement: (content, node, options) => wrap(options.emDelimiter ?? '*', content, node, EMPHASIS),
};

export const strong: NamedRule = {
  name: 'strong',
  filter: ['strong', 'b'],
  replacement: (content, node, options) => wrap(options.strongDelimiter ?? '**', content, node, STRONG),
};
