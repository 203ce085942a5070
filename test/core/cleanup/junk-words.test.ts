import { describe, expect, it } from 'vitest';
import { junkReason } from '../../../src/core/cleanup/junk-attributes';
import { fragment } from '../dom';

describe('junkReason: credits, ratings, tables of contents', () => {
  it.each([
    ['<p class="credit">Bild: Jahr Media</p>', 'class credit'],
    ['<span class="post-ratings"></span>', 'class ratings'],
    ['<div id="ez-toc-container"></div>', 'class toc'],
    // A newsletter box whose class splits the word: its title and pitch stay once its form goes.
    // A mobile menu's flyout that Readability kept above the story ("Community ›", "Living ›").
    ['<div class="navigation flyout-mobile-right"><p>Community</p><p>Living</p></div>', 'class navigation'],
    ['<div class="news-letter-section"><div>NEWS<br>LETTERS</div><span>News, Tipps und Trends!</span></div>', 'class news-letter'],
  ])('%s → %s', (html, reason) => {
    expect(junkReason(fragment(html).firstElementChild as Element)).toBe(reason);
  });

  // A shop blurb from a right-hand column Readability appended (trafilatura's pinup-fashion.de.korsetts).
  it.each([
    ['<div id="text-5" class="right-col"><p>Du suchst Rockabilly Kleider? Dann bist Du auf dieser Seite richtig.</p></div>'],
    ['<div class="col_right">Aktuelles Heft</div>'],
    ['<div class="rightcolumn"></div>'],
    ['<div class="right-rail"></div>'],
  ])('%s is a side column', (html) => {
    expect(junkReason(fragment(html).firstElementChild as Element)).toBe('class side column');
  });

  it.each([['<div class="content_right_col"><p>The story.</p></div>'], ['<div class="left-column"></div>'], ['<div class="bright-colors"></div>'], ['<p class="text-right">x</p>']])(
    '%s is not',
    (html) => {
      expect(junkReason(fragment(html).firstElementChild as Element)).toBeNull();
    },
  );

  it('keeps a caption (the product keeps captions)', () => {
    expect(junkReason(fragment('<figcaption class="wp-caption-text">The river at dawn</figcaption>').firstElementChild as Element)).toBeNull();
  });
});

describe('removeJunkElements: inline words of a sentence', () => {
  it('keeps a tag link inside running text', async () => {
    const { removeJunkElements } = await import('../../../src/core/cleanup/remove-junk-elements');
    const root = fragment('<p><a id="auto-tag_twitter_1" href="/tag/twitter">Twitter</a> erupted Monday morning when the president shared his branding advice.</p>');
    removeJunkElements(root);
    expect(root.textContent).toContain('Twitter erupted');
  });

  it('still removes a lone tag link block', async () => {
    const { removeJunkElements } = await import('../../../src/core/cleanup/remove-junk-elements');
    const root = fragment('<p>Some article text that is long enough to stand here.</p><div><a class="tag" href="/tag/x">Politics</a></div>');
    removeJunkElements(root);
    expect(root.textContent).not.toContain('Politics');
  });
});
