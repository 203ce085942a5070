import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { clipDocument } from '../../src/core/clip';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { makeDocument } from './dom';
import { wantedOutput } from '../support/wanted-output';

const SPEC = new URL('../../../shared/spec/', import.meta.url);
const specHtml = readFileSync(new URL('article-page.html', SPEC), 'utf8');
const now = new Date('2026-01-01T00:00:00Z');
const LONG = '<p>This is a long sentence of real article text that keeps going for a while and says things.</p>'.repeat(8);

describe('clipDocument on the spec page', () => {
  const url = 'https://thehill.com/policy/defense/5140389-hegseth-nato-membership-ukraine-russia/';
  const doc = makeDocument(specHtml, url);
  const before = doc.documentElement.outerHTML;
  const result = clipDocument({ document: doc, url, now, settings: DEFAULT_SETTINGS });

  it('produces wanted-output.md (with the page\'s own space, see test/support/wanted-output.ts)', () => {
    expect(result.markdown).toBe(wantedOutput());
  });

  it('names the file after the title', () => {
    expect(result.filename).toBe('hegseth-rules-out-nato-membership-for-ukraine-in-peace-deal-with-russia.md');
  });

  it('front matter reads back to the values it was built from', () => {
    const yamlText = result.markdown.split('---\n')[1];
    expect(yaml.load(yamlText)).toEqual(result.frontMatter);
  });

  it('never mutates the page', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is the same from any URL but the fallback source line', () => {
    const other = clipDocument({ document: makeDocument(specHtml, 'http://127.0.0.1:8080/page.html'), url: 'http://127.0.0.1:8080/page.html', now, settings: DEFAULT_SETTINGS });
    expect(other.markdown).toBe(result.markdown);
  });
});

describe('clipDocument modes and bad pages', () => {
  const url = 'https://example.org/list';
  it('says when a page has no article, and clips the whole page on request', () => {
    const doc = makeDocument('<html><body><nav><a href="/a">A</a><a href="/b">B</a></nav><main><p>Welcome to our site.</p></main></body></html>', url);
    const article = clipDocument({ document: doc, url, now, settings: DEFAULT_SETTINGS });
    expect(article.isArticle).toBe(false);
    expect(article.warnings).toContain('No article found on this page.');
    const page = clipDocument({ document: doc, url, now, settings: DEFAULT_SETTINGS, mode: 'page' });
    expect(page.article).toBe('Welcome to our site.');
    expect(page.markdown).toContain('date: "2026-01-01 00:00:00"');
  });

  it('clips the selection only', () => {
    const doc = makeDocument(`<html><body><article>${LONG}</article></body></html>`, url);
    const sel = clipDocument({ document: doc, url, now, settings: DEFAULT_SETTINGS, mode: 'selection', selectionHtml: '<p>Only <a href="/x">this</a>.</p><script>alert(1)</script>' });
    expect(sel.article).toBe('Only [this](https://example.org/x).');
  });

  it.each([
    ['first heading of the article', `<div><h2>NFL PLAYOFFS</h2>${LONG}</div>`, 'NFL PLAYOFFS', 'nfl-playoffs.md'],
    ['first words of the article', `<div>${LONG}</div>`, 'This is a long sentence of real article text that…', 'this-is-a-long-sentence-of-real-article-text-that.md'],
  ])('titles a page with no title from the %s', (_source, body, title, filename) => {
    const doc = makeDocument(`<html><head></head><body>${body}</body></html>`, url);
    const r = clipDocument({ document: doc, url, now, settings: DEFAULT_SETTINGS });
    expect(r.frontMatter.title).toBe(title);
    expect(r.filename).toBe(filename);
    expect(r.metadata.sources.title).toBe(`${_source}`);
  });

  it('copes with an empty body and a frameset', () => {
    for (const html of ['<html><body></body></html>', '<html><frameset><frame src="a.html"></frameset></html>', '']) {
      const r = clipDocument({ document: makeDocument(html, url), url, now, settings: DEFAULT_SETTINGS });
      expect(r.isArticle).toBe(false);
      // No title, no text: the page's host names the post.
      expect(r.frontMatter.title).toBe('example.org');
      expect(r.filename).toBe('example-org.md');
      expect(yaml.load(r.markdown.split('---\n')[1])).toEqual(r.frontMatter);
    }
  });
});
