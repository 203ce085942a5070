import { describe, expect, it } from 'vitest';
import { removeTrailingFragments } from '../../../src/core/cleanup/remove-trailing-fragments';
import { flatText } from '../../../src/core/cleanup/text';
import { fragment } from '../dom';

const PARA = 'This is a long sentence of real article text that keeps going for a while. '.repeat(6);

describe('removeTrailingFragments', () => {
  it('removes short labels after the last sentence', () => {
    const root = fragment(`<p>${PARA}</p><div><p>Multimedia</p><p>Share This Article</p></div>`);
    removeTrailingFragments(root);
    expect(flatText(root)).toBe(PARA.trim());
  });

  it('removes a trailing heading with nothing under it', () => {
    const root = fragment(`<p>${PARA}</p><h2>Best of 2007 . . .</h2>`);
    removeTrailingFragments(root);
    expect(root.querySelector('h2')).toBeNull();
  });

  it('removes a trailing link line', () => {
    const root = fragment(`<p>${PARA}</p><p>• <a href="/x">Giants, Manning knock Cowboys out of playoffs</a></p>`);
    removeTrailingFragments(root);
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('stops at the last sentence', () => {
    const root = fragment(`<p>${PARA}</p><p>He said he would return.</p><p>Multimedia</p>`);
    removeTrailingFragments(root);
    expect(flatText(root)).toMatch(/He said he would return\.$/);
  });

  it('keeps a trailing image', () => {
    const root = fragment(`<p>${PARA}</p><figure><img src="https://x.test/a.jpg"><figcaption>River</figcaption></figure>`);
    removeTrailingFragments(root);
    expect(root.querySelector('figure')).not.toBeNull();
  });

  it('keeps a closing Chinese sentence (no spaces between words, full-width closing bracket)', () => {
    const last = '正是有了英勇的你们，才有这座英雄的城！（评论员 罗博 萧海川）';
    const root = fragment(`<p>${PARA}</p><p>${last}</p><p>图集</p>`);
    removeTrailingFragments(root);
    expect(flatText(root)).toBe(`${PARA.trim()} ${last}`);
  });

  it('keeps a trailing code block', () => {
    const root = fragment(`<p>${PARA}</p><p><strong>Turn it back on:</strong></p><pre>netsh interface tcp set global autotuninglevel=normal</pre>`);
    removeTrailingFragments(root);
    expect(root.querySelector('pre')).not.toBeNull();
  });

  it('never removes more than a small share of the text', () => {
    const root = fragment('<p>Short lead.</p><p>Label one</p><p>Label two</p>');
    removeTrailingFragments(root);
    expect(root.querySelectorAll('p')).toHaveLength(3);
  });
});

describe('removeEdgeRules', () => {
  it('removes a rule before the first text and after the last', async () => {
    const { removeEdgeRules } = await import('../../../src/core/cleanup/remove-empty-elements');
    const root = fragment('<div><hr></div><p>One.</p><hr><p>Two.</p><hr>');
    removeEdgeRules(root);
    expect(root.querySelectorAll('hr')).toHaveLength(1);
  });

  it('sees only blank text (spaces, no-break spaces) around edge rules, and nested text between rules', async () => {
    const { removeEdgeRules } = await import('../../../src/core/cleanup/remove-empty-elements');
    const root = fragment('<p> \u00a0</p><hr><div><span>One.</span><hr><em>Two.</em></div><hr><p>\u00a0</p>');
    expect(removeEdgeRules(root)).toBe(2);
    expect(root.textContent).toContain('One.');
    expect(root.querySelectorAll('hr')).toHaveLength(1);
    expect(root.querySelector('div hr')).not.toBeNull();
  });

  it('removes every rule of an article without text', async () => {
    const { removeEdgeRules } = await import('../../../src/core/cleanup/remove-empty-elements');
    expect(removeEdgeRules(fragment('<hr><div><hr></div><img src="a.jpg"><hr>'))).toBe(3);
  });

  it('keeps every rule between texts on a page of hundreds of rules (it was quadratic there)', async () => {
    const { removeEdgeRules } = await import('../../../src/core/cleanup/remove-empty-elements');
    const root = fragment(`<hr>${Array.from({ length: 500 }, (_, i) => `<p>Part ${i}.</p>`).join('<hr>')}<hr>`);
    expect(removeEdgeRules(root)).toBe(2);
    expect(root.querySelectorAll('hr')).toHaveLength(499);
  });
});

describe('removeTrailingFragments, headings written as sentences', () => {
  it('keeps a closing heading written as a sentence (a pull quote)', () => {
    const root = fragment(`<p>${PARA}</p><h4>Relotius legt auf Facebook ein Fake-Profil an. Es stützt seine Version.</h4>`);
    removeTrailingFragments(root);
    expect(root.querySelector('h4')).not.toBeNull();
  });

  it('still removes a dotted section heading', () => {
    const root = fragment(`<p>${PARA}</p><h2>Best of 2007 . . .</h2>`);
    removeTrailingFragments(root);
    expect(root.querySelector('h2')).toBeNull();
  });
});

describe('removePullQuoteRepeats', () => {
  it('removes a heading that repeats a sentence of a paragraph', async () => {
    const { removePullQuoteRepeats } = await import('../../../src/core/cleanup/remove-trailing-fragments');
    const root = fragment('<p>Fichtner reads it. Die Erzählung ist grauenhaft, sagt er heute.</p><h4>Die Erzählung ist grauenhaft, sagt er heute.</h4>');
    removePullQuoteRepeats(root);
    expect(root.querySelector('h4')).toBeNull();
  });

  it('keeps the paragraph the quote repeats', async () => {
    const { removePullQuoteRepeats } = await import('../../../src/core/cleanup/remove-trailing-fragments');
    const root = fragment('<p>Fichtner reads it. Die Erzählung ist grauenhaft, sagt er heute.</p><h4>Die Erzählung ist grauenhaft, sagt er heute.</h4>');
    removePullQuoteRepeats(root);
    expect(flatText(root)).toContain('Fichtner reads it.');
  });

  it('keeps a short heading that a paragraph happens to contain', async () => {
    const { removePullQuoteRepeats } = await import('../../../src/core/cleanup/remove-trailing-fragments');
    const root = fragment('<h2>The vote</h2><p>The vote was close on Monday night.</p>');
    removePullQuoteRepeats(root);
    expect(root.querySelector('h2')).not.toBeNull();
  });
});

describe('removePullQuoteRepeats, subheadings', () => {
  it('keeps a subheading whose words the next paragraph repeats', async () => {
    const { removePullQuoteRepeats } = await import('../../../src/core/cleanup/remove-trailing-fragments');
    const root = fragment('<h3>Schwierigkeiten für den innereuropäischen Obst- und Gemüsehandel</h3><p>Es ergeben sich auch Schwierigkeiten für den innereuropäischen Obst- und Gemüsehandel, sagte sie.</p>');
    removePullQuoteRepeats(root);
    expect(root.querySelector('h3')).not.toBeNull();
  });
});

describe('removePullQuoteRepeats, heading inside a paragraph', () => {
  it('keeps a heading that sits inside the only paragraph saying it', async () => {
    const { removePullQuoteRepeats } = await import('../../../src/core/cleanup/remove-trailing-fragments');
    const root = fragment('<p></p>');
    const h3 = root.ownerDocument.createElement('h3');
    h3.textContent = 'Am 8. November findet der jährliche Gedenktag statt.';
    root.querySelector('p')!.appendChild(h3);
    removePullQuoteRepeats(root);
    expect(root.querySelector('h3')).not.toBeNull();
  });
});

describe('removeLeadingLinkLines', () => {
  it('removes a section link above the first line of the story', async () => {
    const { removeLeadingLinkLines } = await import('../../../src/core/cleanup/remove-trailing-fragments');
    const root = fragment(`<p><a href="/world">World News</a></p><p>${PARA}</p>`);
    removeLeadingLinkLines(root);
    expect(flatText(root)).not.toContain('World News');
  });

  it('keeps a label without links above the story', async () => {
    const { removeLeadingLinkLines } = await import('../../../src/core/cleanup/remove-trailing-fragments');
    const root = fragment(`<p>Analysis</p><p>${PARA}</p>`);
    removeLeadingLinkLines(root);
    expect(flatText(root)).toContain('Analysis');
  });

  it('keeps link lines below the first line of the story', async () => {
    const { removeLeadingLinkLines } = await import('../../../src/core/cleanup/remove-trailing-fragments');
    const root = fragment(`<p>${PARA}</p><p><a href="/world">World News</a></p><p>${PARA}</p>`);
    removeLeadingLinkLines(root);
    expect(flatText(root)).toContain('World News');
  });

  it('keeps a linked picture above the story', async () => {
    const { removeLeadingLinkLines } = await import('../../../src/core/cleanup/remove-trailing-fragments');
    const root = fragment(`<p><a href="/big.jpg"><img src="https://x.test/a.jpg">Photo</a></p><p>${PARA}</p>`);
    removeLeadingLinkLines(root);
    expect(root.querySelector('img')).not.toBeNull();
  });
});

describe('removeTrailingFragments: closing lines', () => {
  it("keeps the author's sign-off after the last sentence", () => {
    for (const signOff of ['Euer HansEhrlich', 'Cheers, Anna', 'Liebe Grüße, Franzi']) {
      const root = fragment(`<p>${PARA}</p><p>Viel Glück!</p><p>${signOff}</p>`);
      removeTrailingFragments(root);
      expect(flatText(root)).toMatch(new RegExp(`${signOff}$`));
    }
  });

  it('removes a closing label that announces what is not there ("Von:")', () => {
    const root = fragment(`<p>${PARA}</p><p><b>Von:</b></p>`);
    removeTrailingFragments(root);
    expect(flatText(root)).toBe(PARA.trim());
  });
});
