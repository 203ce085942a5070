// Text clean-up shared by all metadata sources: decode entities, collapse whitespace,
// drop invisible characters, null when empty.

// Attribute values and textContent are already decoded by the HTML parser; only JSON-LD
// strings (and doubly-encoded metas) still carry entities. A small table is enough there
// and keeps us away from innerHTML/DOMParser, which the pure core must not need.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  sbquo: '‚', bdquo: '„', middot: '·', bull: '•', copy: '©', reg: '®', trade: '™',
  euro: '€', pound: '£', deg: '°', shy: '', eacute: 'é', egrave: 'è', ecirc: 'ê',
  aacute: 'á', agrave: 'à', acirc: 'â', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ',
  ccedil: 'ç', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
  Eacute: 'É', iuml: 'ï', euml: 'ë', ocirc: 'ô', ucirc: 'û', icirc: 'î', oslash: 'ø',
  aring: 'å', aelig: 'æ',
};

function decodeEntity(whole: string, body: string): string {
  if (body[0] === '#') {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    // Invalid or surrogate code points would throw or produce broken strings.
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  }
  return NAMED[body] ?? whole;
}

export function decodeEntities(s: string): string {
  // Twice at most: "&amp;amp;" style double encoding is common in CMS exports.
  let out = s;
  for (let i = 0; i < 2 && out.includes('&'); i++) {
    out = out.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/g, decodeEntity);
  }
  return out;
}

/** Trimmed, single-spaced, entity-decoded text; null when nothing is left. */
export function cleanText(s: unknown): string | null {
  if (typeof s !== 'string' && typeof s !== 'number') return null;
  const out = decodeEntities(String(s))
    // Control characters, soft hyphens and zero-width spaces are invisible noise that breaks
    // front matter and names ("Mat\u00adthi\u00adas").
    // The zero-width (non-)joiners stay: emoji sequences and Persian or Indic words need them.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return out === '' ? null : out;
}

/** Splits a "a, b; c" list, cleans each item and removes duplicates (case-insensitive). */
export function splitList(values: readonly unknown[], separators = /[,;]/): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const parts = typeof v === 'string' ? v.split(separators) : [v];
    for (const p of parts) {
      const t = cleanText(p);
      if (t && !seen.has(t.toLowerCase())) {
        seen.add(t.toLowerCase());
        out.push(t);
      }
    }
  }
  return out;
}
