// <img> → ![alt](src). Inline data: images are placeholders or tracking pixels: dropped.
import { asElement, bracketText, markdownUrl, type NamedRule } from './types';

export function imageMarkdown(img: Element): string {
  const src = img.getAttribute('src') ?? '';
  if (!src || /^(data|blob|javascript):/i.test(src.trim())) return '';
  return `![${bracketText(img.getAttribute('alt') ?? '')}](${markdownUrl(src)})`;
}

export const image: NamedRule = {
  name: 'image',
  filter: 'img',
  replacement: (_content, node) => imageMarkdown(asElement(node)),
};
