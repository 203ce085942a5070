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
