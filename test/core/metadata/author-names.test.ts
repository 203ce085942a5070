import { describe, expect, it } from 'vitest';
import { authorNames, uniqueNames } from '../../../src/core/metadata/author-names';

describe('authorNames', () => {
  it.each([
    ['Ellen Mitchell', ['Ellen Mitchell']],
    ['By Jane Doe', ['Jane Doe']],
    ['Von Hans Müller', ['Hans Müller']],
    ['Par Jean Dupont', ['Jean Dupont']],
    ['Por María López', ['María López']],
    ['Jane Doe, Staff Writer', ['Jane Doe']],
    ['Jane Doe | Senior Editor', ['Jane Doe']],
    ['Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe on December 9, 2016', ['Jane Doe']],
    ['Jane Doe 12.02.2025 10:00', ['Jane Doe']],
    ['Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz', ['Volkmar Kabisch', 'Jan Lukas Strozyk', 'Benedikt Strunz']],
    ['May Chen', ['May Chen']],
    ['Bruno (Henrique Zecchin) Rodrigues', ['Bruno Rodrigues']],
    ['Jane Doe, Jan 5, 2020', ['Jane Doe']],
    ['Jane Doe December 16, 2016', ['Jane Doe']],
    ['Jane Doe, Monday', ['Jane Doe']],
    ['Written by Michael Larabel in Valve on 1 June 2019', ['Michael Larabel']],
    ['https://www.facebook.com/janedoe', []],
    ['jane@example.com', []],
    ['<script>alert(1)</script>', []],
    ['', []],
  ])('%j → %j', (raw, want) => {
    expect(authorNames(raw)).toEqual(want);
  });

  it('in strict mode (page text) wants capitalised words', () => {
    expect(authorNames('share this story', true)).toEqual([]);
  });
});

describe('uniqueNames', () => {
  it('drops case and accent variants, keeping the first spelling', () => {
    expect(uniqueNames(['José Pérez', 'jose perez', 'Ann Lee'])).toEqual(['José Pérez', 'Ann Lee']);
  });
});
