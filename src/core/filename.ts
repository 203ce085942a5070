// Title → a file name that works on every OS: ASCII slug, ≤ maxLength, never empty or reserved.

// Letters that NFD does not decompose into a base letter + accent.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D',
  þ: 'th', Þ: 'TH', ł: 'l', Ł: 'L', ı: 'i', ħ: 'h', Ħ: 'H', ŋ: 'ng', Ŋ: 'NG', '&': ' and ',
};

// Windows refuses these names with any extension; we add "-post" to keep them.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export const FALLBACK_STEM = 'clipped-article';

/** Words of a page address for a file name: its last path segment that has letters, else host + date. */
export function urlWords(url: string, date: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const segments = pathname.split('/').map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
    const named = segments.reverse().find((s) => /[a-z]{3,}/i.test(s.replace(/\.[a-z0-9]+$/i, '')));
    if (named) return named.replace(/\.[a-z0-9]+$/i, '');
    return `${hostname.replace(/^www\./, '')} ${date}`;
  } catch {
    return date;
  }
}

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

/**
 * The post's file name: slug of the title + ".md". A title with no Latin letters or
 * digits (Japanese, Arabic...) uses `fallback` (e.g. words of the page address) instead.
 */
export function makeFilename(title: string, maxLength = 80, fallback = ''): string {
  const limit = Math.max(8, Math.floor(maxLength));
  let stem = slugify(title, limit) || slugify(fallback, limit) || slugify(FALLBACK_STEM, limit);
  // "-post" keeps a reserved device name usable; the name is cut first so it still fits.
  if (RESERVED.test(stem)) stem = `${stem.slice(0, limit - 5)}-post`;
  return `${stem}.md`;
}
