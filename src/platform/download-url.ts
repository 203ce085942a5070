// Chooses how to hand text to downloads.download. Firefox refuses data: URLs but its
// background page has URL.createObjectURL; Chrome's MV3 service worker has no
// createObjectURL, and accepts data: URLs. Feature-detect rather than sniff the browser.

export interface DownloadUrl {
  url: string;
  /** Frees the URL once the download is over (a no-op for data: URLs). */
  release(): void;
}

/** `urlApi` is the environment's URL class; null stands for one without object URLs. */
export function makeDownloadUrl(text: string, urlApi: typeof URL | null = globalThis.URL): DownloadUrl {
  if (urlApi && typeof urlApi.createObjectURL === 'function') {
    const url = urlApi.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
    return { url, release: () => urlApi.revokeObjectURL(url) };
  }
  return { url: `data:text/markdown;charset=utf-8,${encodeURIComponent(text)}`, release: () => undefined };
}
