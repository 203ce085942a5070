import { describe, expect, it } from 'vitest';
import { parseJsonLd } from '../../../src/core/metadata/json-ld-parse';

describe('parseJsonLd', () => {
  it.each([
    ['valid JSON', '{"a":1}', [{ a: 1 }]],
    ['trailing commas', '{"a":[1,2,],}', [{ a: [1, 2] }]],
    ['line comment', '{"a":1 // note\n}', [{ a: 1 }]],
    ['block comment', '{/* x */"a":1}', [{ a: 1 }]],
    ['URL with // inside a string survives', '{"u":"https://x.com/a",}', [{ u: 'https://x.com/a' }]],
    ['raw newline in a string', '{"a":"line1\nline2",}', [{ a: 'line1 line2' }]],
    ['CDATA wrapper', '//<![CDATA[\n{"a":1}\n//]]>', [{ a: 1 }]],
    ['HTML comment wrapper', '<!-- {"a":1} -->', [{ a: 1 }]],
    ['two objects in a row', '{"a":1}\n{"b":2}', [{ a: 1 }, { b: 2 }]],
    ['garbage', '{"a":', []],
    ['empty', '   ', []],
  ])('%s', (_name, text, want) => {
    expect(parseJsonLd(text)).toEqual(want);
  });
});
