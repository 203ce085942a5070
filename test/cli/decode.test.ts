// decodeHtmlBytes: the saved-page decoding rule (BOM, UTF-8, <meta> charset, windows-1252).
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, sniffMetaCharset } from '../../src/cli/decode';
import { CliError } from '../../src/cli/errors';
import { decodeWindows1252 } from '../../src/cli/windows-1252';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('decodeHtmlBytes', () => {
  it.each([
    { name: 'UTF-8 BOM', input: bytes([0xef, 0xbb, 0xbf], '<p>', [0xc3, 0xa9], '</p>'), text: '<p>é</p>', encoding: 'utf-8' },
    { name: 'UTF-16LE BOM', input: bytes([0xff, 0xfe], Buffer.from('<p>é</p>', 'utf16le').toString('latin1')), text: '<p>é</p>', encoding: 'utf-16le' },
    { name: 'UTF-16BE BOM', input: bytes([0xfe, 0xff, 0, 0x3c, 0, 0x70, 0, 0x3e]), text: '<p>', encoding: 'utf-16be' },
    { name: 'valid UTF-8 wins over a wrong meta', input: bytes('<meta charset="iso-8859-1"><p>', [0xe2, 0x80, 0x99], '</p>'), text: '<meta charset="iso-8859-1"><p>’</p>', encoding: 'utf-8' },
    { name: 'meta charset', input: bytes('<meta charset="koi8-r"><p>', [0xf0, 0xd2, 0xc9], '</p>'), text: '<meta charset="koi8-r"><p>При</p>', encoding: 'koi8-r' },
    {
      name: 'http-equiv charset',
      input: bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>', [0xb1], '</p>'),
      text: '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>ą</p>',
      encoding: 'iso-8859-2',
    },
    // iso-8859-1 is windows-1252 in WHATWG: 0x92 is a right quote, not a C1 control.
    { name: 'latin-1 label', input: bytes("<meta charset='ISO-8859-1'><p>", [0x92], '</p>'), text: "<meta charset='ISO-8859-1'><p>’</p>", encoding: 'windows-1252' },
    { name: 'no declaration', input: bytes('<p>caf', [0xe9], '</p>'), text: '<p>café</p>', encoding: 'windows-1252' },
    { name: 'unknown label', input: bytes('<meta charset="klingon"><p>', [0xe9], '</p>'), text: '<meta charset="klingon"><p>é</p>', encoding: 'windows-1252' },
    // UTF-8 already failed, so a utf-8 declaration is wrong: fall back to windows-1252.
    { name: 'false utf-8 label', input: bytes('<meta charset="utf-8"><p>', [0xe9], '</p>'), text: '<meta charset="utf-8"><p>é</p>', encoding: 'windows-1252' },
  ])('$name', ({ input, text, encoding }) => {
    expect(decodeHtmlBytes(input, 'page.html')).toEqual({ text, encoding });
  });

  it.each([
    { name: 'invalid UTF-8 after a UTF-8 BOM', input: bytes([0xef, 0xbb, 0xbf, 0x3c, 0xff, 0xfe, 0xfd]) },
    { name: 'UTF-16 without a BOM', input: Buffer.from('<html><body><p>text</p></body></html>', 'utf16le') },
  ])('refuses $name', ({ input }) => {
    expect(() => decodeHtmlBytes(input, 'page.html')).toThrow(CliError);
    expect(() => decodeHtmlBytes(input, 'page.html')).toThrow(/page\.html: unreadable encoding/);
  });
});

describe('sniffMetaCharset', () => {
  it.each([
    ['<meta charset=utf-8>', 'utf-8'],
    ['<META CHARSET="Shift_JIS">', 'Shift_JIS'],
    ['<meta content="text/html;charset=windows-1251" http-equiv="content-type">', 'windows-1251'],
    ['<p>charset=utf-8 in text</p>', null],
  ])('%s → %s', (html, label) => {
    expect(sniffMetaCharset(Buffer.from(html))).toBe(label);
  });
});

describe('decodeWindows1252', () => {
  it.each([
    [0x41, 'A'],
    [0x80, '€'],
    [0x81, '\u0081'],
    [0x8a, 'Š'],
    [0x92, '’'],
    [0x96, '–'],
    [0x9f, 'Ÿ'],
    [0xa0, '\u00a0'],
    [0xe9, 'é'],
    [0xff, 'ÿ'],
  ])('byte %i', (byte, char) => {
    expect(decodeWindows1252(Uint8Array.of(byte))).toBe(char);
  });

  it('decodes long input in one piece', () => {
    expect(decodeWindows1252(new Uint8Array(100_000).fill(0x93))).toBe('“'.repeat(100_000));
  });
});
