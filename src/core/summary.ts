// The front matter's summary: the first N words of the article text.

/** First `words` words of `text` (whitespace-separated), then "..." when cut. */
export function summarize(text: string, words = 50): string {
  // The words are read up to one past the limit, not split out of the whole article
  // (all of them for a negative count, which slice counts from the end).
  const limit = words < 0 ? Infinity : words;
  const found: string[] = [];
  const word = /\S+/g;
  for (let m = word.exec(text); m && found.length <= limit; m = word.exec(text)) found.push(m[0]);
  if (found.length <= words) return found.join(' ');
  return `${found.slice(0, words).join(' ')}...`;
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
