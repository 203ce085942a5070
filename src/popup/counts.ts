// Live size of the post body, shown under the textarea.

export function countText(text: string): { characters: number; words: number } {
  const words = text.trim() === '' ? 0 : text.trim().split(/\s+/u).length;
  // Count code points, not UTF-16 units, so an emoji counts as one character.
  return { characters: [...text].length, words };
}

export function describeCount(text: string): string {
  const { characters, words } = countText(text);
  const fmt = (n: number) => n.toLocaleString('en-US');
  return `${fmt(characters)} characters · ${fmt(words)} words`;
}
