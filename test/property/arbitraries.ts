// Shared fast-check arbitraries for the property tests: strings that mix the whole of
// Unicode (astral letters, lone surrogates, C0/C1 controls, bidi marks) with the
// characters that mean something to YAML, TOML, Markdown and Hugo.
import fc from 'fast-check';

/** Fragments that are special to YAML / TOML / Markdown / Hugo / file systems. */
export const SPECIALS = [
  ':', ': ', '#', ' #', '- ', '-', '---', '...', '+++', '"', "'", '\\', '\\n', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '<',
  '%', '@', '`', '```', '~~~', '=', '?', '/', '..', '.', ' ', '  ', 'true', 'false', 'null', '~', 'yes', 'no', 'on', 'off', 'Y', 'NaN',
  '.inf', '0x1F', '0o17', '1e3', '1_000', '2025-02-12', '12:30:00', '!!binary', '!!js/function', '<<', '&a', '*a', '%YAML 1.2',
  '\n', '\r', '\r\n', '\t', '\v', '\f', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff',
  '\u200b', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\ud800', '\udfff', '\ud83d\ude00', '\u0301', 'ﬁ', 'ß', 'Æ',
  '{{<', '>}}', '{{%', '%}}', '{{', '}}', '{{< ref "x" >}}', 'CON', 'con', 'PRN', 'AUX', 'NUL', 'COM1', 'LPT1', 'com¹', 'lpt³', '.md',
  '*emph*', '_u_', '[a](b)', '![i](j)', '<b>', '&amp;', '&#0;', '1.', '* ', '> ', '# ', '|a|b|',
];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
/** Any code point, astral included. */
const codePoint = fc.integer({ min: 0, max: 0x10ffff }).map((n) => String.fromCodePoint(n));
const control = fc.integer({ min: 0, max: 0x9f }).filter((n) => n < 0x20 || n >= 0x7f).map((n) => String.fromCharCode(n));

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }) },
  { weight: 2, arbitrary: codeUnit },
  { weight: 2, arbitrary: codePoint },
  { weight: 1, arbitrary: control },
);

/** A nasty string: up to maxLength units from the mix above. */
export function nastyString(maxLength = 40): fc.Arbitrary<string> {
  return fc.string({ unit, maxLength });
}

/** Runs per property: PROPERTY_RUNS overrides (e.g. 10000 for a long local hunt). */
export function runs(base: number): number {
  const env = Number(process.env.PROPERTY_RUNS);
  return Number.isFinite(env) && env > 0 ? env : base;
}
