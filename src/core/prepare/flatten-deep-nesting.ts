// Browsers stop nesting at 512 levels when they parse HTML; jsdom does not, and its
// recursive tree code then overflows the stack (a page nested 5,000 deep crashed the
// CLI). Content below MAX_DEPTH is lifted up to the element at that depth, in order.

export const MAX_DEPTH = 256;

/** Moves the text, images and line breaks found below `el` into `el` itself, iteratively. */
function flattenInto(el: Element): void {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 1 | 4); // elements and text
  const leaves: Node[] = [];
  const emptied: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) leaves.push(node);
    else if (/^(IMG|BR)$/.test((node as Element).tagName)) leaves.push(node);
    else emptied.push(node as Element);
  }
  for (const leaf of leaves) {
    el.appendChild(leaf);
    // Keep words of consecutive blocks apart.
    el.appendChild(doc.createTextNode(' '));
  }
  // Deepest first, so every removal detaches an element with no children left.
  for (let i = emptied.length - 1; i >= 0; i--) emptied[i].remove();
}

/** Returns how many over-deep subtrees were flattened. */
export function flattenDeepNesting(root: Document | Element, maxDepth = MAX_DEPTH): number {
  const start = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  if (!start) return 0;
  // Preorder walk counting depth. A TreeWalker over elements moves inside jsdom's own tree:
  // element links (firstElementChild, nextElementSibling) each cost an iterator there, and
  // counting the elements first (to skip small pages) cost as much as this walk.
  const walker = start.ownerDocument.createTreeWalker(start, 1); // elements
  let flattened = 0;
  let depth = 0;
  for (;;) {
    if (depth < maxDepth) {
      if (walker.firstChild()) {
        depth++;
        continue;
      }
    } else if ((walker.currentNode as Element).firstElementChild) {
      // Not descended into: its children are the lifted leaves now.
      flattenInto(walker.currentNode as Element);
      flattened++;
    }
    while (!walker.nextSibling()) {
      if (depth === 0 || !walker.parentNode()) return flattened;
      depth--;
    }
  }
}
