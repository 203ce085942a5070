// Small typed DOM lookups shared by the extension pages; a missing element is a
// bug in our HTML, so it fails loudly.

export function byId<T extends HTMLElement = HTMLElement>(id: string, doc: Document = document): T {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`Page lacks #${id}`);
  return el as T;
}

/** Creates an element with text content only (never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'className' | 'textContent' | 'id' | 'title', string>> = {},
  doc: Document = document,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  Object.assign(node, props);
  return node;
}
