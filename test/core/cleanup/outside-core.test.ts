import { describe, expect, it } from 'vitest';
import { proseWordCounts, removeOutsideCore } from '../../../src/core/cleanup/remove-outside-core';
import { removeJunkElements } from '../../../src/core/cleanup/remove-junk-elements';
import { flatText } from '../../../src/core/cleanup/text';
import { fragment } from '../dom';

const SENTENCE = 'The council voted on Tuesday to approve the new budget for the coming year.';
const STORY = `<div class="story">${`<p>${SENTENCE} ${SENTENCE}</p>`.repeat(4)}</div>`;
const TEASERS = '<div class="box"><h2>Don\'t Miss</h2><p><img src="https://x.test/a.jpg"> Liam Neeson bids a fond farewell to Belfast theatre</p><p><img src="https://x.test/b.jpg"> Maureen Coleman meets the Dingles</p></div>';

describe('proseWordCounts', () => {
  it('counts a sentence of ten words and more', () => {
    const root = fragment(`<p>${SENTENCE}</p>`);
    expect(proseWordCounts(root).get(root)).toBe(14);
  });

  it('counts nothing for a short teaser line without a full stop', () => {
    const root = fragment('<p>Liam Neeson bids a fond farewell to the Belfast theatre crowd</p>');
    expect(proseWordCounts(root).get(root) ?? 0).toBe(0);
  });

  it('counts nothing for a line that is mostly link text', () => {
    const root = fragment(`<p><a href="/x">${SENTENCE}</a></p>`);
    expect(proseWordCounts(root).get(root) ?? 0).toBe(0);
  });

  it('treats <br> as the end of a run', () => {
    const root = fragment('<p>Music stars reveal their pick<br>of this year\'s tunes and more.</p>');
    expect(proseWordCounts(root).get(root) ?? 0).toBe(0);
  });
});

describe('removeOutsideCore', () => {
  it('removes a teaser box beside the story', () => {
    const root = fragment(`<table><tr><td>${STORY}</td><td>${TEASERS}</td></tr></table>`);
    removeOutsideCore(root);
    expect(flatText(root)).not.toContain('Liam Neeson');
  });

  it('keeps the story whole', () => {
    const root = fragment(`<table><tr><td>${STORY}</td><td>${TEASERS}</td></tr></table>`);
    removeOutsideCore(root);
    expect(root.querySelectorAll('.story p')).toHaveLength(4);
  });

  it('keeps a paragraph of prose in a box of its own', () => {
    const root = fragment(`${STORY}<div class="tail"><p>${SENTENCE}</p></div>`);
    removeOutsideCore(root);
    expect(root.querySelector('.tail')).not.toBeNull();
  });

  it('keeps a lone figure with its caption beside the story', () => {
    const root = fragment(`<div class="fig"><img src="https://x.test/a.jpg"><span>The mayor in 2007</span></div>${STORY}`);
    removeOutsideCore(root);
    expect(root.querySelector('.fig')).not.toBeNull();
  });

  it('keeps a lone figure indented deep in the page source (whitespace is not caption text)', () => {
    const pad = `\n${' '.repeat(64)}`;
    const root = fragment(`<figure class="fig">${pad}<div>${pad}<img src="https://x.test/a.jpg">${pad}</div>${pad}<div>${pad}<figcaption>${pad}<div>The mayor in 2007.</div>${pad}</figcaption>${pad}</div>${pad}</figure>${STORY}`);
    removeOutsideCore(root);
    expect(root.querySelector('.fig')).not.toBeNull();
  });

  it('keeps a lone figure whose link opens the picture', () => {
    const root = fragment(`<div class="fig"><a href="https://x.test/big.jpg"><img src="https://x.test/a.jpg"></a></div>${STORY}`);
    removeOutsideCore(root);
    expect(root.querySelector('.fig')).not.toBeNull();
  });

  // trafilatura/lavazza.de.qualita: a product page's "profile and roast" box of short label/value lines.
  const SPEC = '<div class="spec"><h5>Profile and roast</h5><p>Sweet and aromatic</p><p>Appearance</p><p>Golden crema and a warm colour</p><p>Aroma</p><p>Fruity and floral notes</p><p>Taste</p><p>Sweet and refined</p></div>';

  it('keeps a section of short lines under a heading with no link beside the story', () => {
    const root = fragment(`${STORY}${SPEC}`);
    removeOutsideCore(root);
    expect(flatText(root)).toContain('Fruity and floral notes');
  });

  it('still removes such a section when it links elsewhere (a teaser box)', () => {
    const root = fragment(`${STORY}${SPEC.replace('<p>Taste</p>', '<p><a href="https://x.test/taste">Taste</a></p>')}`);
    removeOutsideCore(root);
    expect(flatText(root)).not.toContain('Fruity and floral notes');
  });

  it('still removes a headline box with a dateline or headings with nothing under them', () => {
    const root = fragment(`<div class="head"><h2>Guard close to resuming workouts</h2><p>Posted: Wednesday Jan 9, 2008 10:23 PM</p></div>${STORY}<table><tr><td><h2>Group activities and information</h2></td><td><h2>International news and analysis</h2></td></tr></table>`);
    removeOutsideCore(root);
    expect(flatText(root)).not.toContain('Posted');
    expect(flatText(root)).not.toContain('International news');
  });

  it('removes a picture that links to another story', () => {
    const root = fragment(`<div class="fig"><a href="https://x.test/other-story"><img src="https://x.test/a.jpg"></a></div>${STORY}`);
    removeOutsideCore(root);
    expect(root.querySelector('.fig')).toBeNull();
  });

  it('keeps short lines beside the paragraphs when the core is a paragraph', () => {
    const root = fragment(`<p>${SENTENCE.repeat(6)}</p><p><strong>Nikole Hannah-Jones (Hrsg.)</strong> 1619</p>`);
    removeOutsideCore(root);
    expect(flatText(root)).toContain('Hannah-Jones');
  });

  it('does nothing when no element holds most of the prose', () => {
    const root = fragment(`<div>${`<p>${SENTENCE}</p>`.repeat(3)}</div><div>${`<p>${SENTENCE}</p>`.repeat(3)}</div><ul><li><a href="/a">Home</a></li></ul>`);
    removeOutsideCore(root);
    expect(root.querySelector('ul')).not.toBeNull();
  });

  it('leaves an inline element inside loose running text', () => {
    const root = fragment(`Loose words <b>bold</b> more loose words${STORY}`);
    removeOutsideCore(root);
    expect(root.querySelector('b')).not.toBeNull();
  });
});

describe('forms around the article', () => {
  it('keeps a short article wrapped whole in a form', () => {
    const root = fragment(`<form><p>${SENTENCE} ${SENTENCE}</p></form>`);
    removeJunkElements(root);
    expect(flatText(root)).toContain('council voted');
  });

  it('turns a kept form into a div', () => {
    const root = fragment(`<form><p>${SENTENCE} ${SENTENCE}</p></form>`);
    removeJunkElements(root);
    expect(root.querySelector('form')).toBeNull();
  });

  it('still removes a small form beside the article', () => {
    const root = fragment(`<p>${SENTENCE.repeat(4)}</p><form><label>Email</label></form>`);
    removeJunkElements(root);
    expect(flatText(root)).not.toContain('Email');
  });
});
