import { describe, expect, it } from 'vitest';
import { isEndMarker } from '../../../src/core/cleanup/boilerplate-phrases';
import { hasWordsBefore, removeTrailingSections } from '../../../src/core/cleanup/remove-trailing-sections';
import { cleanArticle } from '../../../src/core/cleanup';
import { flatText } from '../../../src/core/cleanup/text';
import type { Metadata } from '../../../src/core/types';
import { fragment } from '../dom';

const PARA = 'This is a long sentence of real article text that keeps going for a while. '.repeat(6);
const COMMENT = 'I think the minister is wrong about this and the readers deserve a better explanation of the plan. '.repeat(3);
const meta: Metadata = {
  title: 'The Headline', published: null, modified: null, author: null, authors: [], siteName: null, siteShortName: null,
  section: null, keywords: [], lang: null, canonicalUrl: null, description: null, image: null, sources: {},
};

describe('isEndMarker', () => {
  it.each([['Comments'], ['Comments (12)'], ['12 Comments'], ['R E A D E R C O M M E N T S'], ['Leserkommentare:'], ['Related stories'], ['Artículos relacionados']])('%j ends the article', (text) => {
    expect(isEndMarker(text)).toBe(true);
  });
  it.each([['Comments from the minister drew criticism'], ['Related to the budget'], ['The comments section']])('%j does not', (text) => {
    expect(isEndMarker(text)).toBe(false);
  });
});

describe('removeTrailingSections', () => {
  it('cuts a press contact block after the article ("Kontakt:", a name, a phone, an address)', () => {
    const root = fragment(`<p>${PARA}</p><p>${PARA}</p><div>Kontakt:</div><p><b>Jan Koch</b><br>Telefon +49 (0)40 / 49 07 11 06<br><a href="mailto:j@example.org">j@example.org</a></p>`);
    removeTrailingSections(root);
    expect(flatText(root)).not.toContain('Kontakt');
    expect(flatText(root)).not.toContain('Telefon');
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it('keeps a "Contact" heading that prose follows (a section of the article)', () => {
    const root = fragment(`<p>${PARA}</p><p>${PARA}</p><h3>Contact</h3><p>${PARA}</p>`);
    removeTrailingSections(root);
    expect(root.querySelector('h3')).not.toBeNull();
  });

  it('cuts a comment thread from its heading to the end', () => {
    const root = fragment(`<div><p>${PARA}</p><p>${PARA}</p></div><div><h3>Comments (2)</h3><p>${COMMENT}</p><p>${COMMENT}</p></div>`);
    removeTrailingSections(root);
    expect(flatText(root)).not.toContain('minister is wrong');
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it('keeps a marker that comes before enough article text', () => {
    const root = fragment(`<p>Short lead.</p><h3>Comments</h3><p>${PARA}</p>`);
    removeTrailingSections(root);
    expect(root.querySelector('h3')).not.toBeNull();
  });

  it('keeps the article after a "Related stories" box inside it', () => {
    const root = fragment(`<p>${PARA}</p><p>${PARA}</p><h4>Related stories</h4><ul><li><a href="/a">A</a></li></ul><p>${PARA}</p>`);
    removeTrailingSections(root);
    expect(root.querySelectorAll('p')).toHaveLength(3);
  });

  it('reads a letter-spaced heading as a comments marker: the prose after it does not keep it', () => {
    const root = fragment(`<div><p>${PARA}</p><p>${PARA}</p></div><p>R E A D E R &nbsp; C O M M E N T S</p><p>M A R K E T P L A C E</p><div><p>${COMMENT}</p></div>`);
    removeTrailingSections(root);
    expect(flatText(root)).not.toContain('M A R K E T');
    expect(flatText(root)).not.toContain('minister is wrong');
  });

  it('cuts at a "Related" marker followed only by long lines of labels, not sentences', () => {
    const labels = 'RELATED INTERNET LINKS: Football on the BBC BBC Sport Premier League Premier League The BBC is not responsible for the content of external internet sites';
    const root = fragment(`<p>${PARA}</p><p>${PARA}</p><p><b>Related to this story:</b></p><a href="/a">Football's January sales</a><p>${labels}</p>`);
    removeTrailingSections(root);
    expect(flatText(root)).not.toContain('RELATED INTERNET LINKS');
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it('cuts a "Related Posts" list of teasers after a short post: their summaries are not the article going on', () => {
    const teaser = '<li><h3><a href="/b">Another post</a></h3><p>Final summer sale: get the hottest deals of the season now, even if the summer is far from over. The sale is in its last phase […]</p></li>';
    const root = fragment(`<p>Three short sentences make this post. It has a picture and a few words about the earrings. That is all it says here, and the rest of the page is teasers.</p><div><h3>Related Posts</h3><ul>${teaser.repeat(3)}</ul></div>`);
    removeTrailingSections(root);
    expect(flatText(root)).not.toContain('Final summer sale');
    expect(flatText(root)).toContain('Three short sentences');
  });

  it('ignores a "Comments" entry in a toolbar list', () => {
    const root = fragment(`<p>${PARA}</p><p>${PARA}</p><ul><li>Comments</li><li>Print</li></ul><p>${PARA}</p>`);
    removeTrailingSections(root);
    expect(root.querySelectorAll('p')).toHaveLength(3);
  });

  it('is not undone by the safety net when the thread is longer than the article', () => {
    const root = fragment(`<p>${PARA}</p><p>${PARA}</p><h3>Comments</h3>${`<p>${COMMENT}</p>`.repeat(8)}`);
    const out = cleanArticle(root, { metadata: meta, url: 'https://x.test/a' });
    expect(out.warnings).toEqual([]);
    expect(flatText(out.root)).not.toContain('minister is wrong');
  });
});

describe('trailing junk by class', () => {
  it('removes a comment thread longer than the article', () => {
    const root = fragment(`<p>${PARA}</p><p>${PARA}</p><div class="comments">${`<p>${COMMENT}</p>`.repeat(8)}</div>`);
    removeTrailingSections(root);
    expect(flatText(root)).not.toContain('minister is wrong');
  });

  it('keeps a "related" box followed by article prose', () => {
    const root = fragment(`<p>${PARA}</p><p>${PARA}</p><div class="related">${`<p>${COMMENT}</p>`.repeat(8)}</div><p>${PARA}</p>`);
    removeTrailingSections(root);
    expect(flatText(root)).toContain('minister is wrong');
  });

  it('keeps an article wrapper marked like comments', () => {
    const root = fragment(`<div class="comment-body"><p>${PARA}</p><p>${PARA}</p></div>`);
    removeTrailingSections(root);
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });
});

describe('comment markers heading an inset', () => {
  it('keeps the article after a "Have your say" inset', () => {
    const root = fragment(`<div><p>${PARA}</p><p>${PARA}</p><table><tr><td><div>Have your say</div><div>${COMMENT}</div></td></tr></table><p>${PARA}</p></div>`);
    removeTrailingSections(root);
    expect(root.querySelectorAll('div > p')).toHaveLength(3);
  });

  it('still cuts a thread in its own box', () => {
    const root = fragment(`<div><p>${PARA}</p><p>${PARA}</p></div><div><h3>Comments</h3><p>${COMMENT}</p><p>${COMMENT}</p></div>`);
    removeTrailingSections(root);
    expect(flatText(root)).not.toContain('minister is wrong');
  });
});

describe('isEndMarker: comment prompts and section boxes', () => {
  it.each([
    ['Do you have comments on this story?'],
    ['No comments at the moment.'],
    ['Related to this story:'],
    ["EDITOR'S CHOICE"],
    ['Noch keine Kommentare'],
    ['Noticias relacionadas'],
    ['In This Section'],
  ])('%j ends the article', (text) => {
    expect(isEndMarker(text)).toBe(true);
  });

  it.each([['Do you have comments on this story about the budget, minister?'], ['Latest news from the court came late on Monday.']])('%j does not', (text) => {
    expect(isEndMarker(text)).toBe(false);
  });
});

describe('hasWordsBefore', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

  it.each([
    // [html before the marker, words asked, expected]
    [`<p>${words(80)}</p>`, 80, true],
    [`<p>${words(79)}</p>`, 80, false],
    // Text split across elements joins where no space separates it: "ab" + "cd" is one word.
    [`<p>${words(78)} a</p><b>b</b>`, 80, false],
    [`<p>${words(80)} a</p><b>b</b>`, 80, true],
    // Text inside the marker's own ancestors, before it, counts (blocks join without a space,
    // as in Range#toString: "w40" + "w0" is one word); text after it does not.
    [`<div><p>${words(41)}</p><section><p>${words(40)}</p>`, 80, true],
    [`<div><p>${words(40)}</p><section><p>${words(40)}</p>`, 80, false],
  ])('%#: %s… has %i words before the marker: %s', (before, n, expected) => {
    const root = fragment(`${before}<h2 id="m">Comments</h2><p>${words(200)}</p>`);
    const marker = root.querySelector('#m') as Element;
    expect(hasWordsBefore(root, marker, n)).toBe(expected);
    // The same answer as measuring all the text before it, as the pass once did.
    const range = root.ownerDocument.createRange();
    range.setStart(root, 0);
    range.setEndBefore(marker);
    const all = range.toString().trim();
    expect((all ? all.split(/\s+/).length : 0) >= n).toBe(expected);
  });

  it('removes hundreds of sibling comments after a long article (it read all the text before each)', () => {
    const comments = Array.from({ length: 400 }, (_, i) => `<div class="comment">Reader ${i} says ${words(12)}</div>`).join('');
    const root = fragment(`<p>${words(120)}</p>${comments}`);
    expect(removeTrailingSections(root)).toBe(400);
    expect(root.querySelectorAll('.comment')).toHaveLength(0);
  });
});

describe('comment anchors', () => {
  it('cuts the thread at an empty anchor named "comments"', () => {
    const root = fragment(`<p>${PARA}</p><p>${PARA}</p><p><a href="/print">Print</a> <a href="#comments_form">Comment</a><a name="comments"></a></p><p>Posted by: tom, farnworth on 8:21pm Tue 1 Jan 08</p><p>${COMMENT}</p>`);
    removeTrailingSections(root);
    expect(flatText(root)).not.toContain('minister is wrong');
    expect(flatText(root)).not.toContain('Posted by');
    expect(root.querySelectorAll('p').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps what follows an anchor with too little text before it, or one that is a link', () => {
    const early = fragment(`<p>Short lead.</p><a name="comments"></a><p>${PARA}</p>`);
    removeTrailingSections(early);
    expect(flatText(early)).toContain('real article text');
    const link = fragment(`<p>${PARA}</p><p>${PARA}</p><a id="comments" href="#c">3 comments</a><p>${PARA} Closing words.</p>`);
    removeTrailingSections(link);
    expect(flatText(link)).toContain('Closing words');
  });
});

describe('comment signatures', () => {
  const signed = (name: string) => `<p>${COMMENT}<br><b>Posted by ${name} on January 6, 2008 2:09 PM</b><br><span><a href="mailto:x@y.z">Report this comment</a></span></p>`;
  it('cuts a thread of signed comments that has no heading', () => {
    const root = fragment(`<div><p>${PARA}</p><p>${PARA}</p>${signed('Paul')}</div><div>${signed('David')}</div>`);
    removeTrailingSections(root);
    expect(flatText(root)).not.toContain('minister is wrong');
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it('keeps a single "Posted by" line, and a signature inside a sentence', () => {
    const one = fragment(`<p>${PARA}</p><p>${PARA}</p>${signed('Paul')}<p>${PARA}</p>`);
    removeTrailingSections(one);
    expect(flatText(one)).toContain('minister is wrong');
    const inline = fragment(`<p>${PARA}</p><p>${PARA}</p><p>The note was <b>posted by Paul on January 6, 2008</b> and <b>posted by Ann on January 7, 2008</b>, he said.</p>`);
    removeTrailingSections(inline);
    expect(flatText(inline)).toContain('he said');
  });
});
