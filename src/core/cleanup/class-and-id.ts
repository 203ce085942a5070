// An element's class and id, joined: what the tests for page furniture and leads read first,
// for most elements of a page.

/**
 * `${class} ${id}`, each '' when absent. Read from the list of the element's attribute
 * names: in jsdom each read by name searches the attribute list, and most elements carry
 * one of the two or neither.
 */
export function classAndId(el: Element): string {
  if (!el.hasAttributes()) return ' ';
  let className = '';
  let id = '';
  for (const name of el.getAttributeNames()) {
    if (name === 'class') className = el.getAttribute('class') ?? '';
    else if (name === 'id') id = el.getAttribute('id') ?? '';
  }
  return `${className} ${id}`;
}
