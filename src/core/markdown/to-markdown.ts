// Cleaned article element → Markdown that Hugo renders as written.
import { markdownService } from './service';
import { neutraliseShortcodes } from './hugo-safety';
import { tidyMarkdown } from './tidy';

export function toMarkdown(root: Element): string {
  const raw = markdownService().turndown(root as unknown as HTMLElement);
  return tidyMarkdown(neutraliseShortcodes(raw));
}
