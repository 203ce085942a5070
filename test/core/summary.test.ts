import { describe, expect, it } from 'vitest';
import { countText, summarize } from '../../src/core/summary';

describe('summarize', () => {
  it.each([
    ['one two three', 5, 'one two three'],
    ['one two three four five six', 5, 'one two three four five...'],
    ['  spaced \n\n out\ttext ', 5, 'spaced out text'],
    ['', 5, ''],
    ['exactly five words here now', 5, 'exactly five words here now'],
  ])('%j (%i words) → %j', (text, words, expected) => {
    expect(summarize(text, words)).toBe(expected);
  });
});

describe('countText', () => {
  it('counts characters by code point and words by whitespace', () => {
    expect(countText('héllo 👋 world')).toEqual({ characters: 13, words: 3 });
    expect(countText('   ')).toEqual({ characters: 3, words: 0 });
  });
});
