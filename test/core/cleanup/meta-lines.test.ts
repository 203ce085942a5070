import { describe, expect, it } from 'vitest';
import { isAgedBylineLine, isAttributedDateLine, isBylineLine, isCreditLine, isDateBylineLine, isDateLine, isDateNameLine } from '../../../src/core/cleanup/meta-lines';
import { removeMetaLines } from '../../../src/core/cleanup/remove-meta-lines';
import { flatText } from '../../../src/core/cleanup/text';
import { fragment } from '../dom';

describe('isDateLine', () => {
  it.each([
    ['Friday, December 28, 2007'],
    ['Friday, 28 Dec 2007 15:26'],
    ['Last updated at 11:25am on 07.01.08'],
    ['POSTED: 2:45 pm EST January 22, 2008'],
    ['Posted 11 January 2008 at 18:14 GMT'],
    ['15/01/2008'],
    ['Veröffentlicht am 12. März 2021, 14:05 Uhr'],
    ['Publié le 3 avril 2022 à 10h15'],
    ['— 2 January 2008'],
    ['16 marca 2021'],
    ['wtorek, 3 maja 2022'],
    ['12 maart 2021'],
    ['maandag 5 oktober 2020, 10:15'],
  ])('%j is a dateline', (text) => {
    expect(isDateLine(text)).toBe(true);
  });

  it.each([
    ['2008'],
    ['The vote is on March 5, 2008.'],
    ['Eurosport - Sat, 29 Dec 15:58:00 2007'],
    ['May the best team win'],
    ['Maj 2021 był zimny'],
    ['La marca 2021'],
  ])('%j is not a dateline', (text) => {
    expect(isDateLine(text)).toBe(false);
  });
});

describe('isBylineLine', () => {
  it.each([
    ['By JAE-SOON CHANG, Associated Press Writer 42 minutes ago'],
    ['Posted by: jim'],
    ['Written By JESSICA MINTZ'],
    ['By Jane Doe and John Roe'],
    ['Von Anna Muster, dpa'],
    ['Walter Gibbs contributed reporting.'],
    ['News staff writer'],
    // What a byline's prefix leaves when its name box ("last-byline") went as furniture.
    ['Por'],
    ['By'],
  ])('%j is a byline', (text) => {
    expect(isBylineLine(text)).toBe(true);
  });

  it.each([
    ['By the end of the year, prices had doubled.'],
    ['By then the polls were closed'],
    ['Von Montag an gilt in allen Geschäften die Maskenpflicht'],
    ['Por eso la ciudad decidió cerrar las escuelas'],
    ['Bystanders watched the fire'],
    ['Text:'],
  ])('%j is not a byline', (text) => {
    expect(isBylineLine(text)).toBe(false);
  });
});

describe('removeMetaLines', () => {
  it('removes a byline paragraph and its wrapper', () => {
    const root = fragment('<div class="x"><p><em>By Jane Doe</em></p></div><p>The council met on Friday, December 28, 2007 to vote on the plan.</p>');
    removeMetaLines(root);
    expect(flatText(root)).toBe('The council met on Friday, December 28, 2007 to vote on the plan.');
  });

  it('removes a dateline block', () => {
    const root = fragment('<p>Updated: January 11, 2008 11:43 EST</p><p>Text of the story goes here.</p>');
    removeMetaLines(root);
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('removes a byline set as an inline line of its own after the story ("<br><span><b>Von:</b> <p>Name</p></span>")', () => {
    const root = fragment('<div><p>Windgeschwindigkeit ist für die Windenergie eben durch nichts zu ersetzen.</p><br><span> <b>Von:</b> <p>Götz Warnke</p></span></div>');
    removeMetaLines(root);
    expect(flatText(root)).toBe('Windgeschwindigkeit ist für die Windenergie eben durch nichts zu ersetzen.');
  });

  it('keeps a byline-like inline element inside a line of text', () => {
    const root = fragment('<div>The report, <span>by Jane Doe</span>, came out on Monday.</div>');
    removeMetaLines(root);
    expect(flatText(root)).toContain('by Jane Doe');
  });

  it('keeps an inline date inside a sentence', () => {
    const root = fragment('<p>It happened on <time>January 11, 2008</time> in Ottawa.</p>');
    removeMetaLines(root);
    expect(flatText(root)).toContain('January 11, 2008');
  });
});

describe('credit lines, attributed datelines, aged bylines', () => {
  it.each([
    ['Associated Press - January 8, 2008 7:04 PM ET', isAttributedDateLine],
    ['Eurosport - Sat, 29 Dec 15:58:00 2007', isAttributedDateLine],
    ['The Associated Press', isCreditLine],
    ['Staff and agencies', isCreditLine],
    ['(Agencies)', isCreditLine],
    ['- dpa', isCreditLine],
    ['By MARK LAVIE, Associated Press Writer 1 hour, 44 minutes ago', isAgedBylineLine],
  ])('%j is recognised', (text, test) => {
    expect(test(text)).toBe(true);
  });

  it.each([
    ['Obama said on Monday - January 8, 2008', isAttributedDateLine],
    ['The vote - a test for the coalition - is on March 5', isAttributedDateLine],
    ['Prices rose 3 percent, according to Reuters', isCreditLine],
    ['The agencies said they would meet again', isCreditLine],
    ['The ceasefire ended 2 hours ago', isAgedBylineLine],
  ])('%j is not', (text, test) => {
    expect(test(text)).toBe(false);
  });

  it('removes such lines around a story', () => {
    const root = fragment(`<p><em>Associated Press - January 11, 2008 4:13 PM ET</em></p><p>THE ASSOCIATED PRESS</p><p>${'Words of the story go on here for a while. '.repeat(5)}</p>`);
    removeMetaLines(root);
    expect(flatText(root)).toMatch(/^Words of the story/);
  });
});

describe('isDateNameLine', () => {
  it.each([['24. März 2004, 19:49 | Genesis'], ['March 5, 2020 · Jane Doe'], ['Jane Doe | 5 March 2020']])('%j is a dateline with a name', (text) => {
    expect(isDateNameLine(text)).toBe(true);
  });
  it.each([['24. März 2004 | Die Wahl in Spanien'], ['Opinion | March 5, 2020 | 3 comments'], ['Sales rose | March 2020']])('%j is not', (text) => {
    expect(isDateNameLine(text)).toBe(false);
  });
});

describe('isDateBylineLine', () => {
  // From trafilatura's novalanalove.com.ear-candy: the post's meta row above the text.
  it.each([['Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS'], ['Jan 14, 2008 by Jane Doe, Western Mail'], ['Tuesday 15 October 2019 by Bradley M. Kuhn']])(
    '%j is a dateline and a byline',
    (text) => {
      expect(isDateBylineLine(text)).toBe(true);
    },
  );
  it.each([['21. Mai 2022 von 10:00 Uhr bis 18:00 Uhr'], ['On January 8, 2008 by a vote of 7 to 2 the council agreed.'], ['The story by Jane Doe']])('%j is not', (text) => {
    expect(isDateBylineLine(text)).toBe(false);
  });

  it('goes with the box that holds only it', () => {
    const root = fragment(`<h2>Ear Candy!</h2><div id="meta"><p>Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN <a href="/category/fashion/">Fashion</a> | 0 COMMENTS</p></div><p>${'Ohrringe sind mein liebstes Accessoire. '.repeat(5)}</p>`);
    removeMetaLines(root);
    expect(flatText(root)).not.toContain('Sina Giebel');
    expect(flatText(root)).toContain('Ohrringe');
  });
});
