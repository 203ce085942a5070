// Live size of the post body, shown under the textarea. Counted in one pass without
// building arrays, so a 10 MB body costs milliseconds per keystroke, not a pause.

/** What /\s/ matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export function countText(text: string): { characters: number; words: number } {
  // Code points, not UTF-16 units, so an emoji counts as one character.
  const pairs = text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Most characters are neither spaces nor above U+00A0: decide those without a call.
    const space = code > 0x20 && code < 0xa0 ? false : isSpace(code);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return { characters: text.length - pairs, words };
}

export function describeCount(text: string): string {
  const { characters, words } = countText(text);
  const fmt = (n: number) => n.toLocaleString('en-US');
  return `${fmt(characters)} characters · ${fmt(words)} words`;
}

/** A size in MB with one decimal (characters or bytes, as the caller counts). */
export const megabytes = (size: number): string => `${(size / 1048576).toFixed(1)} MB`;
