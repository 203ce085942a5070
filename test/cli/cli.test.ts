// The built CLI (node dist/cli/news-clipper.mjs) end to end: the spec page, the
// --json and batch contracts, and one clear stderr line for every kind of bad input.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli } from '../helpers/cli';
import { SPEC_FILENAME as SPEC_FILE, SPEC_PAGE, SPEC_URL, SPEC_WANTED, specHasNbspDefect, wantedAsThePageAllows } from '../helpers/spec';

const NOW = '2026-01-01T00:00:00Z';
const wanted = (): string => readFileSync(SPEC_WANTED, 'utf8');
/** The spec output up to its one known defect (see helpers/spec.ts). */
const specOutput = (): string => wantedAsThePageAllows(wanted());

let tmp: string;
beforeAll(async () => {
  await ensureCliBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'news-clipper-cli-'));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function freshDir(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('clip', () => {
  it('writes the spec page as wanted-output.md (up to the known spec defect) and prints its path', () => {
    const out = freshDir('spec-out');
    const run = runCli(['clip', SPEC_PAGE, '--url', SPEC_URL, '--out', out, '--now', NOW]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${join(out, SPEC_FILE)}\n`);
    expect(readdirSync(out)).toEqual([SPEC_FILE]);
    expect(readFileSync(join(out, SPEC_FILE), 'utf8')).toBe(specOutput());
  });

  // Byte for byte, the contract; a known failure while wanted-output.md holds a
  // no-break space the page does not (helpers/spec.ts). it.fails turns red when fixed.
  (specHasNbspDefect() ? it.fails : it)('writes the spec page as wanted-output.md byte for byte', () => {
    const out = freshDir('spec-exact');
    runCli(['clip', SPEC_PAGE, '--url', SPEC_URL, '--out', out, '--now', NOW]);
    expect(readFileSync(join(out, SPEC_FILE), 'utf8')).toBe(wanted());
  });

  it('writes into the current folder by default, and reads gzipped pages', () => {
    const cwd = freshDir('default-out');
    const page = join(cwd, 'page.html.gz');
    writeFileSync(page, gzipSync(readFileSync(SPEC_PAGE)));
    const run = runCli(['clip', page, '--url', SPEC_URL, '--now', NOW], { cwd });
    expect(run.status).toBe(0);
    expect(readFileSync(join(cwd, SPEC_FILE), 'utf8')).toBe(specOutput());
  });

  it('--json prints one object of the documented shape and writes no file', () => {
    const cwd = freshDir('json');
    const run = runCli(['clip', SPEC_PAGE, '--url', SPEC_URL, '--now', NOW, '--json'], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const record = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(record)).toEqual(['filename', 'markdown', 'frontMatter', 'body', 'article', 'metadata', 'timings', 'warnings']);
    expect(record.filename).toBe(SPEC_FILE);
    expect(record.markdown).toBe(specOutput());
    expect(record.frontMatter).toMatchObject({ title: 'Hegseth rules out NATO membership for Ukraine in peace deal with Russia' });
    expect(record.article).toMatch(/^Defense Secretary Pete Hegseth on Wednesday/);
    const metadata = record.metadata as Record<string, unknown>;
    for (const key of ['title', 'published', 'modified', 'author', 'siteName', 'siteShortName', 'section', 'keywords', 'lang', 'canonicalUrl', 'image', 'description']) {
      expect(metadata).toHaveProperty(key);
    }
    expect(metadata.siteShortName).toBe('thehill');
    const timings = record.timings as Record<string, unknown>;
    expect(typeof timings.extractMs).toBe('number');
    expect(typeof timings.markdownMs).toBe('number');
    expect(Array.isArray(record.warnings)).toBe(true);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--json with --out also writes the file', () => {
    const out = freshDir('json-out');
    const run = runCli(['clip', SPEC_PAGE, '--url', SPEC_URL, '--now', NOW, '--json', '--out', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, SPEC_FILE), 'utf8')).toBe((JSON.parse(run.stdout) as { markdown: string }).markdown);
  });

  it('decodes an undeclared legacy page as windows-1252', () => {
    const page = join(freshDir('cp1252'), 'page.html');
    const html = '<html><head><title>Caf\xe9 \x93quoted\x94</title></head><body><p>x</p></body></html>';
    writeFileSync(page, Buffer.from(html, 'latin1'));
    const run = runCli(['metadata', page, '--url', 'https://example.com/a', '--now', NOW]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).title).toBe('Café “quoted”');
  });
});

describe('metadata', () => {
  it('prints the metadata object', () => {
    const run = runCli(['metadata', SPEC_PAGE, '--url', SPEC_URL, '--now', NOW]);
    expect(run.status).toBe(0);
    const metadata = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(metadata).toMatchObject({ title: 'Hegseth rules out NATO membership for Ukraine in peace deal with Russia', siteShortName: 'thehill' });
    expect(metadata).not.toHaveProperty('markdown');
  });
});

describe('clip --batch', () => {
  const lines = (stdout: string): Array<Record<string, unknown>> => stdout.trim().split('\n').map((l) => JSON.parse(l));

  it('prints one line per page and goes on past a missing file', () => {
    const dir = freshDir('batch');
    writeFileSync(join(dir, 'b.html'), readFileSync(SPEC_PAGE));
    const list = join(dir, 'list.jsonl');
    writeFileSync(
      list,
      [
        { id: 'a', file: SPEC_PAGE, url: SPEC_URL },
        { id: 'missing', file: join(dir, 'nope.html'), url: SPEC_URL },
        // The eval harness adds "dataset"; a relative file is read from the list's folder.
        { id: 'c', dataset: 'spec', file: 'b.html', url: SPEC_URL },
      ]
        .map((e) => JSON.stringify(e))
        .join('\n') + '\n',
    );
    const run = runCli(['clip', '--batch', list, '--jsonl', '--now', NOW]);
    expect(run.status).toBe(0);
    const out = lines(run.stdout);
    expect(out.map((l) => l.id)).toEqual(['a', 'missing', 'c']);
    expect(Object.keys(out[1])).toEqual(['id', 'error']);
    expect(out[1].error).toMatch(/nope\.html: no such file/);
    for (const ok of [out[0], out[2]]) {
      expect(ok.filename).toBe(SPEC_FILE);
      expect(ok.markdown).toBe(specOutput());
      expect(ok).toHaveProperty('metadata.siteShortName', 'thehill');
    }
  });

  it('frees each page: 100 pages fit in a 128 MB heap', () => {
    // jsdom releases a closed window only after the event loop turns; a synchronous
    // loop died after 47 pages of this size here (8 MB a page on real news pages).
    const list = join(freshDir('batch-memory'), 'list.jsonl');
    const entry = (i: number): string => JSON.stringify({ id: `p${i}`, file: SPEC_PAGE, url: SPEC_URL });
    writeFileSync(list, `${Array.from({ length: 100 }, (_, i) => entry(i)).join('\n')}\n`);
    const run = runCli(['clip', '--batch', list, '--jsonl', '--now', NOW], { nodeArgs: ['--max-old-space-size=128'] });
    expect(run.stderr).not.toMatch(/heap out of memory/);
    expect(run.status).toBe(0);
    expect(lines(run.stdout).filter((l) => !('error' in l))).toHaveLength(100);
  }, 180_000);

  it('reports bad list lines per line', () => {
    const list = join(freshDir('batch-bad'), 'list.jsonl');
    writeFileSync(list, `not json\n{"id":7,"file":"x.html"}\n{"id":"u","file":"x.html","url":"not a url"}\n\n`);
    const run = runCli(['clip', '--batch', list, '--jsonl']);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toEqual([
      { id: null, error: 'list line 1: not JSON' },
      { id: 7, error: 'list line 2: "url" must be a URL' },
      { id: 'u', error: 'not an absolute URL: "not a url"' },
    ]);
  });

  it('clips a page whose manifest URL is a placeholder (eval pages of unknown origin)', () => {
    const list = join(freshDir('batch-placeholder'), 'list.jsonl');
    writeFileSync(list, `${JSON.stringify({ id: 'h', dataset: 'trafilatura', file: SPEC_PAGE, url: 'hard::article-page.html' })}\n`);
    const run = runCli(['clip', '--batch', list, '--jsonl', '--now', NOW]);
    const [line] = lines(run.stdout);
    expect(line).not.toHaveProperty('error');
    expect(line.article).toMatch(/^Defense Secretary Pete Hegseth/);
  });
});

describe('bad input: non-zero exit, one stderr line, no stack trace', () => {
  const dir = (): string => freshDir('bad');
  const file = (name: string, bytes: Uint8Array | string): string => {
    const path = join(dir(), name);
    writeFileSync(path, bytes);
    return path;
  };
  const u = ['--url', SPEC_URL];

  it.each([
    { name: 'missing file', args: () => ['clip', join(tmp, 'does-not-exist.html'), ...u], message: /no such file/ },
    { name: 'a directory', args: () => ['clip', tmp, ...u], message: /is a directory/ },
    { name: 'a PNG', args: () => ['clip', file('x.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13)), ...u], message: /PNG image/ },
    { name: 'binary junk', args: () => ['clip', file('x.bin', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), ...u], message: /binary/ },
    { name: 'an empty file', args: () => ['clip', file('empty.html', ''), ...u], message: /empty/ },
    { name: 'plain text', args: () => ['clip', file('notes.txt', 'just some words, no markup\n'), ...u], message: /not an HTML page/ },
    { name: 'UTF-16 without BOM', args: () => ['clip', file('u16.html', Buffer.from('<html><p>hi</p></html>', 'utf16le')), ...u], message: /unreadable encoding/ },
    { name: 'missing --url', args: () => ['clip', SPEC_PAGE], message: /needs --url/ },
    { name: 'bad --url', args: () => ['clip', SPEC_PAGE, '--url', 'not a url'], message: /--url/ },
    { name: 'bad --now', args: () => ['clip', SPEC_PAGE, ...u, '--now', 'tomorrow'], message: /--now/ },
    { name: 'unknown option', args: () => ['clip', SPEC_PAGE, ...u, '--fast'], message: /unknown option --fast/ },
    { name: 'no command', args: () => [], message: /missing command/ },
    { name: 'missing batch list', args: () => ['clip', '--batch', join(tmp, 'nope.jsonl'), '--jsonl'], message: /batch list/ },
    { name: '--out is a file', args: () => ['clip', SPEC_PAGE, ...u, '--out', file('a-file', 'x')], message: /output folder|is a file/ },
    { name: 'metadata of a missing file', args: () => ['metadata', join(tmp, 'gone.html'), ...u], message: /no such file/ },
  ])('$name', ({ args, message }) => {
    const run = runCli(args());
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    const stderr = run.stderr.split('\n').filter((l) => l !== '');
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^news-clipper: /);
    expect(stderr[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('help and version', () => {
  it('--help prints usage and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage:\n {2}news-clipper clip PAGE\.html --url URL/);
  });
  it('--version prints the package version', () => {
    const run = runCli(['--version']);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });
});
