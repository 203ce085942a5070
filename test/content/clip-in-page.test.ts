// For a large page the engine runs in the tab (src/content/clip-in-page.ts). The post must
// be the one the popup would make from the same page, and what crosses the process
// boundary is checked both ways.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clipInPage, isInPageRequest } from '../../src/content/clip-in-page';
import { capturePage } from '../../src/content/capture';
import { clipDocument } from '../../src/core/clip';
import { isClipResult } from '../../src/core/clip-result-shape';
import { snapshotDocument } from '../../src/core/snapshot-document';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { SPEC_PAGE, SPEC_URL } from '../helpers/spec';

const html = readFileSync(SPEC_PAGE, 'utf8');
const NOW = '2025-03-01T00:00:00.000Z';

function tab(): JSDOM {
  return new JSDOM(html, { url: SPEC_URL });
}

/** What the popup does with the same page: its snapshot, parsed in the popup. */
function popupResult(dom: JSDOM, mode: 'article' | 'selection') {
  const { window } = dom;
  const capture = capturePage(window.document, window.getSelection(), window.location.href);
  return clipDocument({
    document: snapshotDocument(capture.html, capture.url, new window.DOMParser()),
    url: capture.url,
    now: new Date(NOW),
    settings: structuredClone(DEFAULT_SETTINGS),
    mode,
    selectionHtml: capture.selectionHtml,
    ownsDocument: true,
  });
}

describe('clipInPage', () => {
  it('gives the same post as the popup, and a result that passes the popup check', async () => {
    const dom = tab();
    const inTab = await clipInPage({ url: SPEC_URL, settings: DEFAULT_SETTINGS, mode: 'article', now: NOW }, dom.window.document, dom.window as unknown as Window & typeof globalThis);
    const inPopup = popupResult(dom, 'article');
    expect(inTab.markdown).toBe(inPopup.markdown);
    expect(inTab.filename).toBe(inPopup.filename);
    expect(inTab.markdown).toContain('title: "Hegseth rules out NATO membership');
    // What executeScript carries back is JSON-like: the check must hold after a round trip.
    expect(isClipResult(JSON.parse(JSON.stringify(inTab)))).toBe(true);
  });

  it('clips the tab’s selection in selection mode', async () => {
    const dom = tab();
    const { document } = dom.window;
    const paragraph = [...document.querySelectorAll('p')].find((p) => (p.textContent ?? '').length > 120) as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    dom.window.getSelection()?.addRange(range);
    const inTab = await clipInPage({ url: SPEC_URL, settings: DEFAULT_SETTINGS, mode: 'selection', now: NOW }, document, dom.window as unknown as Window & typeof globalThis);
    expect(inTab.mode).toBe('selection');
    expect(inTab.article).toBe(popupResult(dom, 'selection').article);
    expect(inTab.article.length).toBeLessThan(paragraph.textContent!.length + 50);
  });

  it('refuses a malformed request instead of clipping with made-up settings or dates', async () => {
    const dom = tab();
    const win = dom.window as unknown as Window & typeof globalThis;
    for (const bad of [null, 'article', { url: SPEC_URL, settings: {}, mode: 'everything', now: NOW }, { url: SPEC_URL, settings: {}, mode: 'article', now: 'yesterday' }, { url: SPEC_URL, mode: 'article', now: NOW }, { settings: {}, mode: 'article', now: NOW }]) {
      expect(isInPageRequest(bad)).toBe(false);
      await expect(clipInPage(bad, dom.window.document, win)).rejects.toThrow('malformed');
    }
  });

  it('refuses a tab that has moved on to another address since the popup read it', async () => {
    const dom = tab();
    const request = { url: 'https://thehill.com/another-story/', settings: DEFAULT_SETTINGS, mode: 'article', now: NOW };
    await expect(clipInPage(request, dom.window.document, dom.window as unknown as Window & typeof globalThis)).rejects.toThrow('has changed');
  });

  it('repairs unknown settings from the defaults, as stored settings are', async () => {
    const dom = tab();
    const result = await clipInPage({ url: SPEC_URL, settings: { filenameMaxLength: 'long', summaryWords: -3 }, mode: 'article', now: NOW }, dom.window.document, dom.window as unknown as Window & typeof globalThis);
    expect(result.filename).toBe(popupResult(dom, 'article').filename);
  });
});

describe('isClipResult', () => {
  const good = popupResult(tab(), 'article');
  it('accepts a real result', () => expect(isClipResult(good)).toBe(true));
  it.each([
    ['no markdown', { ...good, markdown: undefined }],
    ['a number for the body', { ...good, body: 42 }],
    ['an unknown mode', { ...good, mode: 'everything' }],
    ['warnings that are not strings', { ...good, warnings: [{}] }],
    ['no metadata sources', { ...good, metadata: { ...good.metadata, sources: null } }],
    ['front matter as a list', { ...good, frontMatter: [] }],
    ['no timings', { ...good, timings: undefined }],
  ])('rejects a result with %s', (_, bad) => expect(isClipResult(bad)).toBe(false));
});
