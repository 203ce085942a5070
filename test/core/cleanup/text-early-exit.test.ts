import { describe, expect, it } from 'vitest';
import { flatText, flatTextIs, hasMedia, hasText, longerThan, shortFlatText, someText } from '../../../src/core/cleanup/text';
import { fragment } from '../dom';

const LONG = 'word '.repeat(300);

describe('shortFlatText', () => {
  it.each([
    ['<p>  Read   more </p>', 40],
    ['<p>Read <b>more</b>\n<i> now</i></p>', 13],
    ['<p>Read <b>more</b>\n<i> now</i></p>', 12],
    [`<div><p>${LONG}</p><p>tail</p></div>`, 160],
    [`<div>${'<span> a </span>\n\n   '.repeat(200)}</div>`, 100],
    ['<p>   </p>', 5],
  ])('is flatText when short enough, else null: %s (max %i)', (html, max) => {
    const el = fragment(html as string).firstElementChild as Element;
    const full = flatText(el);
    expect(shortFlatText(el, longerThan(max as number))).toBe(full.length > (max as number) ? null : full);
  });

  it('compares with a text without reading past it', () => {
    const root = fragment(`<p><strong> Read more </strong></p><p><strong>Read more</strong> and ${LONG}</p>`);
    const [a, b] = Array.from(root.querySelectorAll('strong'));
    expect(flatTextIs(a.parentElement as Element, flatText(a))).toBe(true);
    expect(flatTextIs(b.parentElement as Element, flatText(b))).toBe(false);
  });
});

describe('someText, hasText', () => {
  it('answer as a test of textContent would', () => {
    for (const html of ['<div> <span>\u00a0</span> </div>', '<div><span></span><b>x</b></div>', '<div>\u200b</div>', '<div><!-- c --></div>', '<div><img src="a.png"></div>']) {
      const el = fragment(html).firstElementChild as Element;
      expect(hasText(el), html).toBe(/\S/.test(el.textContent ?? ''));
      expect(someText(el, /[^\s\u200b]/), html).toBe(/[^\s\u200b]/.test(el.textContent ?? ''));
    }
  });
});

describe('hasMedia', () => {
  it('finds media below, not beside', () => {
    const root = fragment('<p>text</p><div><span><img src="a.png"></span></div><figure><table></table></figure>');
    expect(Array.from(root.children).map(hasMedia)).toEqual([false, true, true]);
  });
});
