import { describe, expect, it, vi } from 'vitest';

// The module imports the polyfill, which refuses to load outside an extension; only
// the pure sender check is under test here.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { isOwnExtensionPage } = await import('../../src/platform/messages');

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('isOwnExtensionPage', () => {
  it('accepts our popup', () => expect(isOwnExtensionPage({ id: ID, url: `${ORIGIN}popup.html?tabId=3` }, ID, ORIGIN)).toBe(true));
  it('refuses a content script of ours (a web page URL)', () =>
    expect(isOwnExtensionPage({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBe(false));
  it('refuses another extension', () =>
    expect(isOwnExtensionPage({ id: 'other', url: 'chrome-extension://other/x.html' }, ID, ORIGIN)).toBe(false));
  it('refuses a sender without URL', () => expect(isOwnExtensionPage({ id: ID }, ID, ORIGIN)).toBe(false));
});
