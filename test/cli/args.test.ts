// parseArgs: every accepted command line and every rejected one, as a table.
import { describe, expect, it } from 'vitest';
import { parseArgs, parseNow, parseUrl } from '../../src/cli/args';
import { CliError, EXIT_USAGE } from '../../src/cli/errors';

const URL_ = 'https://example.com/a';

describe('parseArgs accepts', () => {
  it.each([
    { argv: ['--help'], want: { kind: 'help' } },
    { argv: ['-h'], want: { kind: 'help' } },
    { argv: ['help'], want: { kind: 'help' } },
    { argv: ['clip', '--help'], want: { kind: 'help' } },
    // --help wins over otherwise bad arguments: asking for help never fails.
    { argv: ['clip', '--url', 'nope', '--help'], want: { kind: 'help' } },
    { argv: ['--version'], want: { kind: 'version' } },
    {
      argv: ['clip', 'p.html', '--url', URL_],
      want: { kind: 'clip', page: 'p.html', url: URL_, out: null, now: null, json: false },
    },
    {
      argv: ['clip', '--url=' + URL_, 'p.html', '--out', 'posts', '--now', '2026-01-01T00:00:00Z', '--json'],
      want: { kind: 'clip', page: 'p.html', url: URL_, out: 'posts', now: new Date('2026-01-01T00:00:00Z'), json: true },
    },
    {
      // "--" ends the options: a page whose name starts with a dash.
      argv: ['clip', '--url', URL_, '--', '-odd.html'],
      want: { kind: 'clip', page: '-odd.html', url: URL_, out: null, now: null, json: false },
    },
    { argv: ['clip', '--batch', 'list.jsonl', '--jsonl'], want: { kind: 'batch', list: 'list.jsonl', out: null, now: null } },
    { argv: ['clip', '--batch', 'list.jsonl'], want: { kind: 'batch', list: 'list.jsonl', out: null, now: null } },
    {
      argv: ['clip', '--jsonl', '--batch=l', '--now', '2026-01-01', '--out', 'o'],
      want: { kind: 'batch', list: 'l', out: 'o', now: new Date('2026-01-01T00:00:00Z') },
    },
    {
      argv: ['metadata', 'p.html', '--url', URL_, '--now', '2026-01-01T10:00:00+02:00'],
      want: { kind: 'metadata', page: 'p.html', url: URL_, now: new Date('2026-01-01T08:00:00Z') },
    },
  ])('$argv', ({ argv, want }) => {
    expect(parseArgs(argv)).toEqual(want);
  });
});

describe('parseArgs rejects with a usage error', () => {
  it.each([
    { argv: [], message: /missing command/ },
    { argv: ['clipp', 'p.html'], message: /unknown command "clipp"/ },
    { argv: ['clip', 'p.html', '--url', URL_, '--frobnicate'], message: /unknown option --frobnicate/ },
    { argv: ['clip', 'p.html'], message: /needs --url/ },
    { argv: ['clip', '--url', URL_], message: /needs a PAGE/ },
    { argv: ['clip', 'a.html', 'b.html', '--url', URL_], message: /takes one PAGE/ },
    { argv: ['clip', 'p.html', '--url'], message: /--url needs a value/ },
    { argv: ['clip', 'p.html', '--url', '--json'], message: /--url needs a value/ },
    { argv: ['clip', 'p.html', '--url='], message: /--url needs a value/ },
    { argv: ['clip', 'p.html', '--url', URL_, '--url', URL_], message: /--url given twice/ },
    { argv: ['clip', 'p.html', '--url', 'example.com/a'], message: /not a valid URL/ },
    { argv: ['clip', 'p.html', '--url', 'file:///etc/passwd'], message: /http or https/ },
    { argv: ['clip', 'p.html', '--url', URL_, '--now', 'yesterday'], message: /--now must be an ISO 8601 date/ },
    { argv: ['clip', 'p.html', '--url', URL_, '--json=yes'], message: /--json takes no value/ },
    { argv: ['clip', 'p.html', '--url', URL_, '--jsonl'], message: /--jsonl is for --batch/ },
    { argv: ['clip', '--batch', 'l', '--url', URL_], message: /per page in batch mode/ },
    { argv: ['clip', '--batch', 'l', '--json'], message: /prints JSON Lines/ },
    { argv: ['clip', '--batch', 'l', 'p.html'], message: /takes no PAGE/ },
    { argv: ['metadata', 'p.html', '--url', URL_, '--out', 'd'], message: /--out is not an option of metadata/ },
  ])('$argv', ({ argv, message }) => {
    let error: unknown;
    try {
      parseArgs(argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(message);
    expect((error as CliError).exitCode).toBe(EXIT_USAGE);
    expect((error as CliError).message).not.toContain('\n');
  });
});

describe('parseNow', () => {
  it.each([
    ['2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01', '2026-01-01T00:00:00.000Z'],
    // No offset: UTC, so a run gives the same post in every time zone.
    ['2026-06-15T12:30', '2026-06-15T12:30:00.000Z'],
    ['2026-06-15 12:30:05', '2026-06-15T12:30:05.000Z'],
    ['2026-06-15T12:30:05.250-05:00', '2026-06-15T17:30:05.250Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('%s → %s', (value, iso) => {
    expect(parseNow(value).toISOString()).toBe(iso);
  });

  it.each(['', 'now', '1', '2026', '2026-1-1', '2026-02-30', '2025-02-29T00:00:00Z', '2026-01-01T25:00:00Z', '2026-01-01T00:61Z', 'March 7, 2026'])(
    'rejects %j',
    (value) => {
      expect(() => parseNow(value)).toThrow(CliError);
    },
  );
});

describe('parseUrl', () => {
  it('normalises an http(s) URL', () => {
    expect(parseUrl('HTTPS://Example.COM/a b')).toBe('https://example.com/a%20b');
  });
  it.each(['', 'relative/path', 'mailto:a@b.c', 'javascript:alert(1)', 'http://'])('rejects %j', (value) => {
    expect(() => parseUrl(value)).toThrow(CliError);
  });
});
