// The front matter's summary: the first N words of the article text.

/** First `words` words of `text` (whitespace-separated), then "..." when cut. */
export function summarize(text: string, words = 50): string {
  const all = text.split(/\s+/).filter(Boolean);
  if (all.length <= words) return all.join(' ');
  return `${all.slice(0, words).join(' ')}...`;
}

export interface TextCounts {
  characters: number;
  words: number;
}

/** Live counts shown under the body editor. */
export function countText(text: string): TextCounts {
  const trimmed = text.trim();
  return { characters: [...text].length, words: trimmed ? trimmed.split(/\s+/).length : 0 };
}
