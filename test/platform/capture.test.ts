// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../src/content/capture';
import { isPageCapture } from '../../src/content/page-capture';
import { snapshotDocument } from '../../src/core/snapshot-document';

describe('page capture', () => {
  it('snapshots the page with its doctype, language and selection', () => {
    document.documentElement.lang = 'en-US';
    document.title = 'T';
    document.body.innerHTML = '<p id="a">Hello <b>bold</b> world</p>';
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('a') as HTMLElement);
    const selection = window.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    const capture = capturePage(document, selection, 'https://example.com/a');
    expect(isPageCapture(capture)).toBe(true);
    expect(capture.lang).toBe('en-US');
    expect(capture.selectionHtml).toBe('Hello <b>bold</b> world');
    expect(capture.html).toMatch(/^<!DOCTYPE html>\n<html lang="en-US">/);
  });

  it('gives an empty selection when nothing is selected', () => {
    window.getSelection()?.removeAllRanges();
    expect(capturePage(document, window.getSelection(), 'https://example.com/').selectionHtml).toBe('');
  });

  it('parses inertly and adds a base for relative links', () => {
    const doc = snapshotDocument('<!DOCTYPE html><html><head></head><body><a href="b.html">b</a><script>window.hit = 1</script></body></html>', 'https://example.com/news/a.html', new DOMParser());
    expect(doc.querySelector('a')?.href).toBe('https://example.com/news/b.html');
    expect((window as unknown as { hit?: number }).hit).toBeUndefined();
  });
});

describe('snapshotDocument with a relative <base>', () => {
  it('makes the base absolute against the page URL', () => {
    const doc = snapshotDocument('<html><head><base href="/static/"></head><body><img src="p.jpg"></body></html>', 'https://example.com/news/a.html', new DOMParser());
    expect(doc.querySelector('img')?.src).toBe('https://example.com/static/p.jpg');
  });
});
