import { describe, expect, it } from 'vitest';
import { classifyInjectionFailure, explainInjectionProblem, InjectionError, isRestrictedUrl } from '../../src/platform/injection-error';

describe('isRestrictedUrl', () => {
  it.each([
    'chrome://version/',
    'about:addons',
    'view-source:https://example.com/',
    'chrome-extension://abc/popup.html',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://example.com/report.pdf',
  ])('%s is off limits', (url) => expect(isRestrictedUrl(url)).toBe(true));
  it.each(['https://thehill.com/policy/x/', 'http://127.0.0.1:8080/a.html', 'https://chrome.google.com/other'])('%s is fine', (url) =>
    expect(isRestrictedUrl(url)).toBe(false),
  );
});

describe('classifyInjectionFailure', () => {
  it('trusts a known restricted URL first', () => expect(classifyInjectionFailure('chrome://newtab/', 'whatever')).toBe('restricted'));
  it('recognises the browser refusing an unknown page', () => {
    expect(classifyInjectionFailure(undefined, 'Cannot access a chrome:// URL')).toBe('restricted');
    expect(classifyInjectionFailure(undefined, 'Missing host permission for the tab')).toBe('restricted');
    expect(classifyInjectionFailure(undefined, 'The extensions gallery cannot be scripted.')).toBe('restricted');
  });
  it('tells local files apart', () => {
    expect(classifyInjectionFailure('file:///home/a.html', 'Cannot access contents of url "file:///home/a.html".')).toBe('local-file');
  });
  it('notices a closed tab', () => expect(classifyInjectionFailure(undefined, 'No tab with id: 7.')).toBe('tab-gone'));
  it('keeps other failures as they are', () => expect(classifyInjectionFailure('https://a.example/', 'boom')).toBe('other'));
});

describe('explainInjectionProblem', () => {
  it('gives the plain sentence for restricted pages', () => {
    expect(explainInjectionProblem(new InjectionError('restricted', 'x'))).toBe(
      "Extensions can't read this page (browser pages, the web store and the PDF viewer are off limits). Open a news article and try again.",
    );
  });
});
