// Runtime messages between our own pages and the background. The background only
// accepts messages whose sender is this extension's own page.
import browser, { type Runtime } from 'webextension-polyfill';
import { isDownloadReply, isDownloadRequest, type DownloadReply, type DownloadRequest } from './download-request';

/** Pure check, the runtime values come in as arguments so tests can pass fakes. */
export function isOwnExtensionPage(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

export function extensionOrigin(): string {
  // getURL('') is "chrome-extension://ID/" or "moz-extension://UUID/".
  return browser.runtime.getURL('');
}

export async function requestDownload(request: DownloadRequest): Promise<DownloadReply> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  if (!isDownloadReply(reply)) return { ok: false, error: 'The background page gave no usable answer.' };
  return reply;
}

/** Registers the background's download handler; anything else is ignored or refused. */
export function onDownloadRequest(handler: (request: DownloadRequest) => Promise<DownloadReply>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isOwnExtensionPage(sender, browser.runtime.id, extensionOrigin())) return undefined;
    if (!isDownloadRequest(message)) {
      const reply: DownloadReply = { ok: false, error: 'Refused a malformed download request.' };
      return Promise.resolve(reply);
    }
    return handler(message);
  });
}
