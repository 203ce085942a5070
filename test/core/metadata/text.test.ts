import { describe, expect, it } from 'vitest';
import { cleanText, decodeEntities, splitList } from '../../../src/core/metadata/text';

describe('cleanText', () => {
  it.each([
    ['  a \n\t b  ', 'a b'],
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&#8220;Quoted&#x201D;', '“Quoted”'],
    ['double &amp;amp; encoded', 'double & encoded'],
    ['zero\u200bwidth\u0000', 'zerowidth'],
    ['&unknown; stays', '&unknown; stays'],
    ['&#xD800; surrogate stays', '&#xD800; surrogate stays'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['   ', null],
    ['', null],
    [undefined, null],
    [{ a: 1 }, null],
  ])('%j → %j', (input, want) => {
    expect(cleanText(input)).toBe(want);
  });

  it('decodes named entities only from its table', () => {
    expect(decodeEntities('&eacute;t&eacute; &hellip;')).toBe('été …');
  });
});

describe('splitList', () => {
  it.each([
    [['a, b ,c'], ['a', 'b', 'c']],
    [['A', 'a', ' b '], ['A', 'b']],
    [['x; y'], ['x', 'y']],
    [[',,'], []],
  ])('%j → %j', (input, want) => {
    expect(splitList(input)).toEqual(want);
  });
});
