import { describe, expect, it } from 'vitest';
import { isDownloadReply, isDownloadRequest, isSafeFilename } from '../../src/platform/download-request';
import { explainDownloadError } from '../../src/platform/download-errors';
import { makeDownloadUrl } from '../../src/platform/download-url';

const good = { type: 'download', text: '---\n---\n', filename: 'post.md', saveAs: false };

describe('isDownloadRequest', () => {
  it('accepts the exact shape', () => expect(isDownloadRequest(good)).toBe(true));
  it.each([
    ['null', null],
    ['a string', 'download'],
    ['another type', { ...good, type: 'upload' }],
    ['text not a string', { ...good, text: 42 }],
    ['saveAs not a boolean', { ...good, saveAs: 'yes' }],
    ['an extra key', { ...good, url: 'https://evil.example' }],
    ['a folder in the name', { ...good, filename: '../etc/post.md' }],
    ['a name without .md', { ...good, filename: 'post.exe' }],
  ])('refuses %s', (_, value) => expect(isDownloadRequest(value)).toBe(false));
});

describe('isSafeFilename', () => {
  it.each(['a.md', 'hegseth-rules-out.md', 'Ünïcode title.md'])('accepts %s', (name) => expect(isSafeFilename(name)).toBe(true));
  it.each(['.md', '.hidden.md', 'a/b.md', 'a\\b.md', 'a:b.md', 'a\u0000.md', `${'x'.repeat(251)}.md`])('refuses %j', (name) =>
    expect(isSafeFilename(name)).toBe(false),
  );
});

describe('isDownloadReply', () => {
  it('accepts both outcomes', () => {
    expect(isDownloadReply({ ok: true, id: 3, path: '/tmp/a.md' })).toBe(true);
    expect(isDownloadReply({ ok: false, error: 'nope' })).toBe(true);
  });
  it('refuses anything else', () => {
    expect(isDownloadReply(undefined)).toBe(false);
    expect(isDownloadReply({ ok: true })).toBe(false);
  });
});

describe('makeDownloadUrl', () => {
  it('uses a data: URL where createObjectURL is missing (Chrome service worker)', () => {
    const made = makeDownloadUrl('a # b', null);
    expect(made.url).toBe('data:text/markdown;charset=utf-8,a%20%23%20b');
  });
  it('uses a blob: URL where it exists (Firefox background page)', () => {
    const made = makeDownloadUrl('text', URL);
    expect(made.url).toMatch(/^blob:/);
    made.release();
  });
});

describe('explainDownloadError', () => {
  it('names known reasons in plain words', () => expect(explainDownloadError('USER_CANCELED')).toBe('The download was cancelled.'));
  it('keeps unknown reasons visible', () => expect(explainDownloadError('WEIRD')).toContain('WEIRD'));
});
