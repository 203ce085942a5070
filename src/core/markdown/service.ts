// The Turndown service with our options and rules: built once, reused for every clip.
import TurndownService from 'turndown';
import { strikethrough } from 'turndown-plugin-gfm';
import { RULES } from './rules';

// Never article text, and never to be passed through as raw HTML.
const REMOVED = ['script', 'style', 'noscript', 'template', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'svg', 'canvas', 'object', 'embed', 'head', 'title', 'meta', 'link'];

let shared: TurndownService | null = null;

// Inline HTML in text ("<div>" written in an article) would be raw HTML to Hugo.
const escapeHtml = (text: string) => text.replace(/<(?=[A-Za-z/!?])/g, '\\<');

export function markdownService(): TurndownService {
  if (shared) return shared;
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
    linkStyle: 'inlined',
    // A backslash hard break: trailing double spaces would be invisible and get trimmed.
    br: '\\',
  });
  service.use(strikethrough);
  service.remove(REMOVED as Array<keyof HTMLElementTagNameMap>);
  for (const rule of RULES) service.addRule(rule.name, { filter: rule.filter, replacement: rule.replacement });
  const baseEscape = service.escape.bind(service);
  service.escape = (text: string) => escapeHtml(baseEscape(text));
  shared = service;
  return service;
}
