// Readability tests every element's class and id against its "unlikely candidate" words
// ("banner", "header", "sidebar"…), <html> included: a class such as
// "with-banner--skyscraper-aside" removes the whole document from its first attempt, and
// the retry without that test keeps comments and sidebars or picks another block.
// MarkDownload removes the class for the same reason; nothing reads them after this point.

/** Removes class and id from the document's root element. */
export function clearRootAttributes(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  root.removeAttribute('class');
  root.removeAttribute('id');
}
