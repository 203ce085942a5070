// A Markdown conversion rule as data, in the shape Turndown takes, with a name.
import type TurndownService from 'turndown';

export interface NamedRule {
  name: string;
  filter: TurndownService.Filter;
  replacement: (content: string, node: TurndownService.Node, options: TurndownService.Options) => string;
}

/** Turndown hands us its node type; our rules read it as a DOM element. */
export const asElement = (node: TurndownService.Node) => node as unknown as HTMLElement;

/** Text of an element on one line, whitespace collapsed. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** URL safe inside Markdown's (...) destination. */
export function markdownUrl(url: string): string {
  return url.trim().replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** Text safe inside [...] of a link or image. */
export function bracketText(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/([[\]])/g, '\\$1');
}
