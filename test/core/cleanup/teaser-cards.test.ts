import { describe, expect, it } from 'vitest';
import { removeTeaserCards } from '../../../src/core/cleanup/remove-teaser-cards';
import { flatText } from '../../../src/core/cleanup/text';
import { fragment } from '../dom';

const URL = 'https://blog.example.com/2013/07/19/the-story.html';
const PARA = 'This is a long sentence of real article text that keeps going for a while. '.repeat(6);
const SUMMARY = 'The good folks at the choir are still doing their thing, and now two legends play along with them […]';
const card = (n: number, href = `https://blog.example.com/2019/09/25/other-${n}.html`) =>
  `<h2><a href="${href}">Other story number ${n} on the same site</a></h2><p><a href="${href}"><img src="https://blog.example.com/i/${n}.jpg"></a></p><p>${SUMMARY}</p><h3><a href="${href}">READ THE REST</a></h3>`;

describe('removeTeaserCards', () => {
  it('cuts two and more cards linking to the same site after the article', () => {
    const root = fragment(`<div><p>${PARA}</p></div><div>${card(1)}${card(2)}${card(3)}</div>`);
    removeTeaserCards(root, URL);
    expect(flatText(root)).toBe(PARA.trim());
  });

  it('keeps one linked heading (a section title) and cards to other sites (sources)', () => {
    const one = fragment(`<p>${PARA}</p>${card(1)}<p>${PARA}</p>`);
    removeTeaserCards(one, URL);
    expect(flatText(one)).toContain('Other story number 1');
    const elsewhere = fragment(`<p>${PARA}</p>${card(1, 'https://other.test/a')}${card(2, 'https://other.test/b')}`);
    removeTeaserCards(elsewhere, URL);
    expect(flatText(elsewhere)).toContain('Other story number 2');
  });

  it('keeps linked headings over long sections (a round-up written as the article)', () => {
    const section = (n: number) => `<h2><a href="https://blog.example.com/review-${n}">Review ${n}</a></h2><p>${PARA}</p><p>${PARA}</p>`;
    const root = fragment(`<p>${PARA}</p>${section(1)}${section(2)}`);
    removeTeaserCards(root, URL);
    expect(flatText(root)).toContain('Review 2');
  });

  it('keeps cards before the article text', () => {
    const root = fragment(`${card(1)}${card(2)}<p>${PARA}</p>`);
    removeTeaserCards(root, URL);
    expect(flatText(root)).toContain('Other story number 1');
  });
});
