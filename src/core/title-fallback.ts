// A post needs a title (Hugo renders a title-less page, and the file name comes from it).
// When the page names none, take the article's first heading, else its first words,
// else the site's name.
import type { Metadata } from './types';
import { firstTag } from './cleanup/by-tag';

const FIRST_WORDS = 10;

export interface TitleChoice {
  title: string;
  source: string;
}

export function fallbackTitle(article: Element, articleText: string, metadata: Metadata, url: string): TitleChoice {
  const heading = firstTag(article, ['h1', 'h2', 'h3', 'h4']);
  const headingText = (heading?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (headingText) return { title: headingText, source: 'first heading of the article' };
  const words = articleText.split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    const cut = words.length > FIRST_WORDS;
    return { title: words.slice(0, FIRST_WORDS).join(' ') + (cut ? '…' : ''), source: 'first words of the article' };
  }
  if (metadata.siteName) return { title: metadata.siteName, source: 'site name' };
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    host = '';
  }
  return { title: host || 'Untitled', source: host ? 'page address' : 'default' };
}
