import { describe, expect, it } from 'vitest';
import { authorNames, deskCredit, isHandle, uniqueNames } from '../../../src/core/metadata/author-names';

describe('authorNames', () => {
  it.each([
    ['Ellen Mitchell', ['Ellen Mitchell']],
    ['By Jane Doe', ['Jane Doe']],
    ['Von Hans Müller', ['Hans Müller']],
    ['Par Jean Dupont', ['Jean Dupont']],
    ['di Mario Rossi', ['Mario Rossi']],
    ['a cura di Giulia Bianchi', ['Giulia Bianchi']],
    ['Di Maio', ['Di Maio']],
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
    ['Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45', ['Pamela Sladky']],
    ['Geschrieben von Cooper', ['Cooper']],
    ['Interview: Harald Willenbrock', ['Harald Willenbrock']],
    ['Information provided by (Responsible Party): Acme Labs', ['Acme Labs']],
    ['Mat\u00adthi\u00adas Lauerer', ['Matthias Lauerer']],
    ['Von R. R. am 07.08.2013', ['R. R.']],
    ['happyface313', ['happyface313']],
    ['Quelle: dpa', []],
    ['admin', []],
    ['Redaktion', ['Redaktion']],
    ['AOL Staff', ['AOL Staff']],
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
  it('takes user names only when asked (author markup), never from free text', () => {
    expect(authorNames('c1ph4', true, true)).toEqual(['c1ph4']);
    expect(authorNames('c1ph4', true)).toEqual([]);
  });
  it('takes a user name written with its prefix ("@name", "u/name") as shown, even from page text', () => {
    expect(authorNames('@jane_doe', true)).toEqual(['@jane_doe']);
    expect(authorNames('Posted by | u/jane_doe | 4 years ago', true)).toEqual(['u/jane_doe']);
  });
  it('joins an "@" set in its own element to the user name ("<s>@</s><b>jane</b>")', () => {
    expect(authorNames(' @  JaneDoe ', true)).toEqual(['@JaneDoe']);
  });
});

describe('isHandle and deskCredit', () => {
  it.each([['karstenruppert', true], ['gabor_munier', true], ['c1ph4', true], ['@JaneDoe', true], ['u/jane', true], ['Jane', false], ['松村太郎', false]])('isHandle(%j) is %j', (name, want) => {
    expect(isHandle(name)).toBe(want);
  });
  it.each([
    ['Redaktion', 'Redaktion'], ['By TMZ Staff', 'TMZ Staff'], ['BWW News Desk', 'BWW News Desk'], ['Editorial Team', 'Editorial Team'],
    ['red, wien.ORF.at/Agenturen', 'red, wien.ORF.at/Agenturen'], ['red/dpa', 'red/dpa'],
    ['Jane Doe, AP Staff', null], ['Staff Writer', null], ['Jane Doe', null], ['Red Smith', null],
  ])('deskCredit(%j) is %j', (raw, want) => {
    expect(deskCredit(raw)).toBe(want);
  });
});

describe('agency credits joined with "/"', () => {
  it('keeps "AFP/The Local" whole instead of the agency alone', () => {
    expect(authorNames('AFP/The Local')).toEqual(['AFP/The Local']);
  });
  it('keeps two agencies joined with spaces around the slash whole', () => {
    expect(deskCredit('APA / AP')).toBe('APA / AP');
  });
  it('still splits names joined with "/" that start with no agency', () => {
    expect(authorNames('Jane Doe/John Roe')).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe('uniqueNames', () => {
  it('drops case and accent variants, keeping the first spelling', () => {
    expect(uniqueNames(['José Pérez', 'jose perez', 'Ann Lee'])).toEqual(['José Pérez', 'Ann Lee']);
  });
});
