// Inline elements that hold blocks (<span><pre>…</pre></span>) are unwrapped before
// Turndown: it puts an inline element's edge whitespace outside its content, so a leading
// no-break space lands in front of the block's first line ("\u00a0```", "\u00a0## Title",
// "\u00a0- item"), which then opens no fence, heading or list, and the closing "```"
// opens a fence that swallows the rest of the post. Links are left alone: the link rule
// flattens its content to one line.

import { byTags, tagList } from '../cleanup/by-tag';

/** Elements Turndown treats as inline and renders with no markers of their own or with
 * markers the emphasis rules drop around blocks anyway. */
const INLINE = new Set([
  'SPAN', 'FONT', 'EM', 'I', 'STRONG', 'B', 'U', 'S', 'STRIKE', 'DEL', 'INS', 'MARK', 'SMALL', 'BIG', 'SUB', 'SUP',
  'LABEL', 'ABBR', 'CITE', 'Q', 'TIME', 'BDI', 'BDO', 'DFN', 'KBD', 'SAMP', 'VAR', 'TT', 'NOBR',
]);

/** Turndown's block elements (its isBlock list) that can hold text. */
const BLOCKS = tagList('address,article,aside,blockquote,center,dd,dir,div,dl,dt,fieldset,figcaption,figure,footer,'
  + 'h1,h2,h3,h4,h5,h6,header,hgroup,hr,li,main,menu,ol,p,pre,section,table,ul');

export function unwrapInlineAroundBlocks(root: Element): void {
  const seen = new Set<Element>();
  const unwrap: Element[] = [];
  for (const block of byTags(root, BLOCKS)) {
    // Walk up to the root once per element: a visited ancestor's chain is already done.
    for (let el = block.parentElement; el && el !== root && !seen.has(el); el = el.parentElement) {
      seen.add(el);
      if (INLINE.has(el.tagName.toUpperCase())) unwrap.push(el);
    }
  }
  for (const el of unwrap) el.replaceWith(...Array.from(el.childNodes));
}
