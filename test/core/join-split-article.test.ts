import { describe, expect, it } from 'vitest';
import { joinSplitArticle, markStoryRuns } from '../../src/core/join-split-article';
import { flatText } from '../../src/core/cleanup/text';
import { makeDocument } from './dom';

const sentence = (word: string) => `The ${word} part of the story goes on with a sentence of plain running text, and then some more of it. `;
/** A CMS text box, one of the parts a story is split into. */
const box = (word: string, paragraphs = 1, inner = '') =>
  `<div class="field__item"><div class="text">${inner}${Array.from({ length: paragraphs }, () => `<p>${sentence(word).repeat(2)}</p>`).join('')}</div></div>`;

/**
 * The page, its runs marked; then what Readability does when it keeps one box: moves the
 * box with `keep` in its text into a new article element. Returns the joined article's text.
 */
function readAndJoin(html: string, keep: string, reparse = false): { text: string; joined: number } {
  const doc = makeDocument(`<html><body>${html}</body></html>`);
  const runs = markStoryRuns(doc);
  // What Readability does when a try finds too little: the page again from its HTML.
  // eslint-disable-next-line no-unsanitized/property -- the test's own markup.
  if (reparse) doc.body.innerHTML = doc.body.innerHTML;
  const article = doc.createElement('div');
  const page = article.appendChild(doc.createElement('div'));
  page.id = 'readability-page-1';
  const kept = Array.from(doc.querySelectorAll('.field__item, article')).find((el) => flatText(el).includes(keep))!;
  page.appendChild(kept);
  const joined = joinSplitArticle(article, doc, runs);
  return { text: flatText(article), joined };
}

describe('an article split into sibling boxes', () => {
  it('gets back the boxes of the story Readability left out, in page order', () => {
    const { text, joined } = readAndJoin(`<main><h1>The Headline</h1><div class="field">${box('first')}${box('second', 3)}${box('third')}</div></main>`, 'second');
    expect(joined).toBe(2);
    expect(text.indexOf('The first part')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('The first part')).toBeLessThan(text.indexOf('The second part'));
    expect(text.indexOf('The second part')).toBeLessThan(text.indexOf('The third part'));
  });

  it('finds the boxes again after Readability parsed the page anew from its HTML', () => {
    const { text, joined } = readAndJoin(`<div class="field">${box('first')}${box('second', 3)}</div>`, 'second', true);
    expect(joined).toBe(1);
    expect(text).toContain('The first part');
  });

  it('leaves out a box that is hidden', () => {
    const hidden = box('hidden').replace('<div class="text">', '<div class="text" style="display: none">');
    const { text } = readAndJoin(`<div class="field">${box('first')}${box('second', 3)}${hidden}</div>`, 'second');
    expect(text).toContain('The first part');
    expect(text).not.toContain('The hidden part');
  });

  it('leaves out a box after the story that opens with a headline of its own (the next story)', () => {
    const { text } = readAndJoin(`<div class="field">${box('second', 3)}${box('next', 1, '<h1>Another Headline</h1>')}</div>`, 'second');
    expect(text).not.toContain('The next part');
  });

  it('leaves out a box that is mostly links', () => {
    const links = Array.from({ length: 6 }, (_, i) => `<a href="/story-${i}">A link to another story number ${i}</a>`).join(' ');
    const { text } = readAndJoin(`<div class="field">${box('second', 3)}${box('linked', 2, `<div>${links}</div>`)}</div>`, 'second');
    expect(text).not.toContain('The linked part');
  });

  it('joins nothing when the article is a long story and the box it holds is a short teaser of it', () => {
    const teaser = (word: string) => `<div class="item"><p>${sentence(word).repeat(2)}</p></div>`;
    const story = `<article><p>${sentence('first').repeat(2)}</p>${Array.from({ length: 6 }, (_, i) => `<p>${sentence(`body${i}`).repeat(3)}</p>`).join('')}</article>`;
    const { text, joined } = readAndJoin(`${story}<div class="list">${teaser('first')}${teaser('other')}</div>`, 'body0');
    expect(joined).toBe(0);
    expect(text).not.toContain('The other part');
  });

  it('joins nothing from a long list of boxes of one kind (comments, teasers)', () => {
    const comments = Array.from({ length: 20 }, (_, i) => box(`comment${i}`)).join('');
    const { joined } = readAndJoin(`<div class="field">${comments.replace('comment5', 'picked')}</div>`, 'picked');
    expect(joined).toBe(0);
  });

  it('marks no run of bare paragraphs, list items or table cells', () => {
    const doc = makeDocument(`<html><body><div><p>${sentence('a').repeat(2)}</p><p>${sentence('b').repeat(2)}</p></div>
      <ul><li>${sentence('c').repeat(2)}</li><li>${sentence('d').repeat(2)}</li></ul></body></html>`);
    expect(markStoryRuns(doc).runs).toHaveLength(0);
  });

  // trafilatura/otto.de.twoforfashion: page-builder rows of one class; one row has an anchor id.
  it('counts a box with an anchor id as one of its kind: the classes say the kind', () => {
    const anchored = box('second', 3).replace('<div class="field__item">', '<div class="field__item" id="jungle">');
    const { text, joined } = readAndJoin(`<div class="field">${box('first')}${anchored}${box('third')}</div>`, 'second');
    expect(joined).toBe(2);
    expect(text).toContain('The third part');
  });

  it('still tells class-less layout regions apart by their ids', () => {
    const region = (id: string, word: string, paragraphs = 1) => box(word, paragraphs).replace('<div class="field__item">', `<div id="${id}">`);
    const doc = makeDocument(`<html><body><div>${region('mainContent_area', 'main', 3)}${region('thirdCol_area', 'side')}</div></body></html>`);
    expect(markStoryRuns(doc).runs).toHaveLength(0);
  });

  // trafilatura/axios.com.future: a newsletter's stories, each a box whose text is mostly bullet points.
  it('counts list items of running text as the story\'s paragraphs', () => {
    const bullets = (word: string) => `<ul>${Array.from({ length: 4 }, () => `<li>${sentence(word).repeat(2)}</li>`).join('')}</ul>`;
    const story = (word: string) => box(word).replace('</div></div>', `${bullets(word)}</div></div>`);
    const { text, joined } = readAndJoin(`<div class="field">${story('first')}${story('second')}${story('third')}</div>`, 'second');
    expect(joined).toBe(2);
    expect(text).toContain('The first part');
    expect(text).toContain('The third part');
  });

  it('takes its marks off the article', () => {
    const doc = makeDocument(`<html><body><div class="field">${box('first')}${box('second', 3)}</div></body></html>`);
    const runs = markStoryRuns(doc);
    const article = doc.createElement('div');
    article.appendChild(doc.querySelectorAll('.field__item')[1]);
    joinSplitArticle(article, doc, runs);
    expect(article.querySelectorAll('[data-mnc-part]')).toHaveLength(0);
  });
});
