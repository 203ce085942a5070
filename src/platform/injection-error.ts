// Turns an injection failure into something a person can act on. Pure: the URL
// and the browser's error message come in as arguments.

export type InjectionProblem = 'restricted' | 'local-file' | 'tab-gone' | 'other';

export class InjectionError extends Error {
  constructor(
    readonly problem: InjectionProblem,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'InjectionError';
  }
}

// Hosts of the extension stores: browsers forbid scripting there.
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];
const BROWSER_SCHEMES = ['chrome:', 'chrome-extension:', 'edge:', 'about:', 'moz-extension:', 'view-source:', 'devtools:', 'chrome-search:', 'resource:'];

/** True for URLs no extension may script (known without trying). */
export function isRestrictedUrl(url: string): boolean {
  if (BROWSER_SCHEMES.some((scheme) => url.startsWith(scheme))) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (STORE_HOSTS.includes(parsed.hostname) && (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) return true;
  // Chrome's and Firefox's PDF viewers: the document is the viewer, not the page.
  return /\.pdf$/i.test(parsed.pathname);
}

// Messages Chrome and Firefox give when the page may not be scripted. Without host
// permissions a "missing permission" error means activeTab was not granted, which for
// a toolbar click only happens on pages the browser keeps off limits.
const RESTRICTED_MESSAGES = [
  /cannot access/i,
  /cannot be scripted/i,
  /missing host permission/i,
  /permission to access/i,
  /showing error page/i,
];

export function classifyInjectionFailure(url: string | undefined, message: string): InjectionProblem {
  if (url !== undefined && isRestrictedUrl(url)) return 'restricted';
  // file: pages need the per-extension "Allow access to file URLs" switch.
  if (url?.startsWith('file:') || /"file:\/\//i.test(message)) return 'local-file';
  if (/no tab with id|invalid tab id/i.test(message)) return 'tab-gone';
  if (RESTRICTED_MESSAGES.some((re) => re.test(message))) return 'restricted';
  return 'other';
}

/** The sentence shown in the popup for each problem. */
export function explainInjectionProblem(error: InjectionError): string {
  switch (error.problem) {
    case 'restricted':
      return "Extensions can't read this page (browser pages, the web store and the PDF viewer are off limits). Open a news article and try again.";
    case 'local-file':
      return "Extensions can't read local files unless you allow it: turn on \"Allow access to file URLs\" for Markdown News Clipper in the browser's extension settings, then try again.";
    case 'tab-gone':
      return 'The tab was closed or reloaded before it could be read. Open the article and try again.';
    case 'other':
      return `The page could not be read: ${error.detail}`;
  }
}
