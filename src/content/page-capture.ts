// The one message the content script sends back: a snapshot of the page as plain
// strings, so the heavy work (parsing, extraction) runs in the popup, not on the page.

export interface PageCapture {
  url: string;
  title: string;
  /** document.documentElement.outerHTML, preceded by the doctype when the page has one. */
  html: string;
  /** The user's selection serialised as HTML; '' when nothing is selected. */
  selectionHtml: string;
  /** The page's declared language (<html lang>), '' when none. */
  lang: string;
}

/** Checks a value that crossed a process boundary before anything trusts its shape. */
export function isPageCapture(value: unknown): value is PageCapture {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (['url', 'title', 'html', 'selectionHtml', 'lang'] as const).every((k) => typeof v[k] === 'string');
}
