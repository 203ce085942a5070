// Title → a file name that works on every OS: ASCII slug, ≤ maxLength, never empty or reserved.

// Letters that NFD does not decompose into a base letter + accent.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D',
  þ: 'th', Þ: 'TH', ł: 'l', Ł: 'L', ı: 'i', ħ: 'h', Ħ: 'H', ŋ: 'ng', Ŋ: 'NG', '&': ' and ',
};

// Windows refuses these names with any extension; we add "-post" to keep them.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export const FALLBACK_STEM = 'clipped-article';

/** ASCII transliteration of Latin text: "Ærø Straße" → "AEro Strasse". */
export function transliterate(text: string): string {
  return text
    .replace(/[ßæÆœŒøØđĐðÐþÞłŁıħĦŋŊ&]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Lowercase, hyphen-separated ASCII words; at most maxLength characters, cut at a word. */
export function slugify(text: string, maxLength: number): string {
  const slug = transliterate(text)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // Cut at the last whole word; a single overlong word is cut hard.
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** The post's file name: slug of the title + ".md". */
export function makeFilename(title: string, maxLength = 80): string {
  const limit = Math.max(8, Math.floor(maxLength));
  let stem = slugify(title, limit) || slugify(FALLBACK_STEM, limit);
  // "-post" keeps a reserved device name usable; the name is cut first so it still fits.
  if (RESERVED.test(stem)) stem = `${stem.slice(0, limit - 5)}-post`;
  return `${stem}.md`;
}
