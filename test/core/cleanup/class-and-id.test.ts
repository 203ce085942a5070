import { describe, expect, it } from 'vitest';
import { classAndId } from '../../../src/core/cleanup/class-and-id';
import { makeDocument } from '../dom';

describe('classAndId', () => {
  it('joins class and id as getAttribute reads them, whatever else the element carries', () => {
    const doc = makeDocument('<div id="a" class="x y" data-k="1"></div><p class="lead"></p><span id="only"></span><b></b><i title="t"></i><svg class="icon"></svg>');
    const got = Array.from(doc.body.querySelectorAll('*')).map(classAndId);
    expect(got).toEqual(['x y a', 'lead ', ' only', ' ', ' ', 'icon ']);
  });
});
