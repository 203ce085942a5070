// Cleaned article element → Markdown that Hugo renders as written.
import { markdownService } from './service';
import { neutraliseShortcodes } from './hugo-safety';
import { tidyMarkdown } from './tidy';
import { unwrapInlineAroundBlocks } from './inline-around-blocks';

/** Converts `root`, which it may change: pass an element the caller owns. */
export function toMarkdown(root: Element): string {
  unwrapInlineAroundBlocks(root);
  // Turndown converts a copy of what it is given; the caller owns root, so the copy (a
  // deep clone of the article) is skipped: its cloneNode hands back root itself.
  const input = { nodeType: 1, cloneNode: () => root };
  const raw = markdownService().turndown(input as unknown as HTMLElement);
  return tidyMarkdown(neutraliseShortcodes(raw));
}
