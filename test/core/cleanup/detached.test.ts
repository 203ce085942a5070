import { describe, expect, it } from 'vitest';
import { removeBoilerplateBlocks } from '../../../src/core/cleanup/remove-boilerplate-blocks';
import { removeMetaLines } from '../../../src/core/cleanup/remove-meta-lines';
import { fragment } from '../dom';

// cleanArticle works on a copy that is in no document: the passes must not need one.
const detached = (html: string) => {
  const root = fragment(html);
  root.remove();
  return root;
};

describe('passes on a detached article', () => {
  it('removes boilerplate blocks', () => {
    const root = detached('<p>Story text.</p><p>Read more: Other story</p>');
    expect(removeBoilerplateBlocks(root)).toBe(1);
  });

  it('removes meta lines', () => {
    const root = detached('<p>POSTED: 2:35 pm PST December 30, 2007</p><p>Story text.</p>');
    expect(removeMetaLines(root)).toBe(1);
  });
});
