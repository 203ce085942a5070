// Pure snapshot of a document and its selection; takes its environment as arguments
// so it can be tested in jsdom. No extension APIs here.
import type { PageCapture } from './page-capture';

/** Serialises every range of the selection into one HTML string. */
export function selectionToHtml(doc: Document, selection: Selection | null): string {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const holder = doc.createElement('div');
  for (let i = 0; i < selection.rangeCount; i += 1) holder.append(selection.getRangeAt(i).cloneContents());
  // Reading innerHTML of a detached element only serialises; nothing is parsed or run.
  return holder.innerHTML;
}

function doctypeOf(doc: Document): string {
  const dt = doc.doctype;
  if (!dt) return '';
  const ids = dt.publicId ? ` PUBLIC "${dt.publicId}"${dt.systemId ? ` "${dt.systemId}"` : ''}` : dt.systemId ? ` SYSTEM "${dt.systemId}"` : '';
  return `<!DOCTYPE ${dt.name}${ids}>\n`;
}

export function capturePage(doc: Document, selection: Selection | null, url: string): PageCapture {
  return {
    url,
    title: doc.title,
    html: doctypeOf(doc) + doc.documentElement.outerHTML,
    selectionHtml: selectionToHtml(doc, selection),
    lang: doc.documentElement.lang || '',
  };
}
