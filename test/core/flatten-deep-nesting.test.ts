import { describe, expect, it } from 'vitest';
import { flattenDeepNesting } from '../../src/core/prepare/flatten-deep-nesting';
import { makeDocument } from './dom';

const nested = (depth: number, inner: string) => '<div>'.repeat(depth) + inner + '</div>'.repeat(depth);

function maxDepth(root: Element): number {
  let max = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    const [el, d] = stack.pop() as [Element, number];
    max = Math.max(max, d);
    for (const c of Array.from(el.children)) stack.push([c, d + 1]);
  }
  return max;
}

describe('flattenDeepNesting', () => {
  it('leaves ordinary pages alone', () => {
    const doc = makeDocument(`<body>${nested(20, '<p>Hi <b>there</b></p>')}</body>`);
    const before = doc.body.innerHTML;
    expect(flattenDeepNesting(doc, 50)).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('lifts text and images below the limit up to it, in order', () => {
    const doc = makeDocument(`<body>${nested(30, '<p>one</p><p>two <img src="a.png"> three</p>')}</body>`);
    expect(flattenDeepNesting(doc, 10)).toBe(1);
    expect(maxDepth(doc.documentElement)).toBeLessThanOrEqual(11);
    expect(doc.body.textContent?.replace(/\s+/g, ' ').trim()).toBe('one two three');
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('a.png');
  });

  // Small trees skip the walk: maxDepth + 1 elements below the root, in one chain, are enough to flatten.
  it.each([[10, 0], [11, 1]])('a chain of %i elements below the root at limit 10 flattens %i subtree(s)', (below, want) => {
    const doc = makeDocument('<body><section id="root"></section></body>');
    const root = doc.getElementById('root') as Element;
    let el = root;
    for (let i = 0; i < below; i++) el = el.appendChild(doc.createElement('div'));
    el.appendChild(doc.createTextNode('x'));
    expect(flattenDeepNesting(root, 10)).toBe(want);
    expect(maxDepth(root)).toBe(10);
    expect(root.textContent?.trim()).toBe('x');
  });

  it('copes with 5,000 levels without overflowing the stack', () => {
    const doc = makeDocument(`<body>${nested(5000, '<p>deep text</p>')}</body>`);
    flattenDeepNesting(doc);
    expect(maxDepth(doc.documentElement)).toBeLessThanOrEqual(257);
    expect(doc.body.textContent).toContain('deep text');
    expect(() => doc.cloneNode(true)).not.toThrow();
  });
});

describe('flattenDeepNesting walk', () => {
  // Several over-deep branches beside shallow ones and siblings at the limit: every branch
  // is flattened at its own element at the limit, and the walk goes on past it (the
  // expected HTML is what the earlier stack-of-pairs walk gave).
  it('flattens each over-deep branch once and leaves the rest as it was', () => {
    const branches = [
      `<section>${nested(5, '<p>a<b>b</b></p>')}<p>shallow</p></section>`,
      `<div><div><div><em>at 3</em><span>x</span></div></div></div>`,
      `<article>${nested(2, `<p>c</p>${nested(3, '<img src="d.png">e')}`)}</article>`,
    ];
    const doc = makeDocument(`<body><main id="root">${branches.join('')}</main></body>`);
    const root = doc.getElementById('root') as Element;
    expect(flattenDeepNesting(root, 3)).toBe(3);
    expect(maxDepth(root)).toBe(4);
    expect(root.innerHTML).toBe(
      '<section><div><div>a b </div></div><p>shallow</p></section>'
      + '<div><div><div>at 3 x </div></div></div>'
      + '<article><div><div>c <img src="d.png"> e </div></div></article>',
    );
  });
});
