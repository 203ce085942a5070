// Cleaned article element → Markdown that Hugo renders as written.
import { markdownService } from './service';
import { neutraliseShortcodes } from './hugo-safety';
import { tidyMarkdown } from './tidy';
import { unwrapInlineAroundBlocks } from './inline-around-blocks';

/** Converts `root`, which it may change: pass an element the caller owns. */
export function toMarkdown(root: Element): string {
  unwrapInlineAroundBlocks(root);
  const raw = markdownService().turndown(root as unknown as HTMLElement);
  return tidyMarkdown(neutraliseShortcodes(raw));
}
