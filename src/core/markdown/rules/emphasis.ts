// <em>/<i> → *text*, <strong>/<b> → **text**. Around block content (a <pre>, a list)
// the markers are dropped: "*```" would open no fence and "```*" a wrong one.
import type { NamedRule } from './types';

function wrap(delimiter: string, content: string): string {
  if (!content.trim()) return '';
  if (content.includes('\n')) return content;
  // Spaces stay outside the markers: "* a*" is not emphasis in CommonMark.
  const lead = /^\s*/.exec(content)?.[0] ?? '';
  const trail = /\s*$/.exec(content)?.[0] ?? '';
  return `${lead}${delimiter}${content.trim()}${delimiter}${trail}`;
}

export const emphasis: NamedRule = {
  name: 'emphasis',
  filter: ['em', 'i'],
  replacement: (content, _node, options) => wrap(options.emDelimiter ?? '*', content),
};

export const strong: NamedRule = {
  name: 'strong',
  filter: ['strong', 'b'],
  replacement: (content, _node, options) => wrap(options.strongDelimiter ?? '**', content),
};
