// Hostile titles and texts: whatever a page's title holds, the front matter must read
// back (js-yaml) as the same strings, the file name must be safe everywhere, and Hugo
// must build every post without a warning.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clipDocument } from '../../src/core/clip';
import type { ClipResult } from '../../src/core/types';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { buildArticlePage } from '../helpers/article-page';
import { documentFrom } from '../helpers/dom';
import { unsafeFilenameReason } from '../helpers/filename-safety';
import { readFrontMatter } from '../helpers/front-matter';
import { checkHugo, hugoOnPath, shouldSkipHugo } from '../helpers/hugo';
import { MARKDOWN_CHECKS } from '../helpers/markdown-checks';

const URL_ = 'https://news.test.org/2025/03/hostile-article';
const NOW = new Date('2026-01-01T00:00:00Z');

const C0_NON_SPACE = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !/[\0\t\n\v\f\r]/.test(c)).join('');
const LONG_TITLE = `Long ${Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ')}`.slice(0, 2000);

interface Case {
  name: string;
  title: string;
  /** The title the core guarantees in front matter; default: `title` unchanged. */
  want?: string;
  /** A known core defect: the title test is expected to fail until it is fixed (it.fails). */
  knownIssue?: string;
}

// `want` states the documented clean-up: control characters and zero-width characters
// dropped (the HTML parser turns NUL into U+FFFD first), any whitespace run (tab,
// newline, U+2028) one space, trimmed.
const CASES: Case[] = [
  { name: 'double quotes', title: 'He said "no" to the "deal"' },
  { name: 'single quotes', title: "It's the 'best' day of the year" },
  { name: 'backslashes', title: 'Back\\slash, \\n escape and \\\\ double' },
  { name: 'Windows path', title: 'Files found in C:\\path\\to\\dir' },
  { name: 'colons', title: 'Breaking: key: value: more colons' },
  { name: 'hash', title: '#1 hit # not a comment' },
  { name: 'leading dash', title: '- leading dash like a list item' },
  { name: 'at sign', title: '@handle starts the title' },
  { name: 'star (alias)', title: '*alias and *bold* words' },
  { name: 'ampersand (anchor)', title: '&anchor AT&T & Co' },
  { name: 'exclamation (tag)', title: '!tag leading bang!' },
  { name: 'percent (directive)', title: '%YAML 1.2 directive 100%' },
  { name: 'pipe (literal block)', title: '| literal block start' },
  { name: 'greater-than (folded block)', title: '> folded block start' },
  { name: 'newlines', title: 'Line one\nline two\r\nline three', want: 'Line one line two line three' },
  { name: 'tabs', title: 'Tab\there\t\tand there', want: 'Tab here and there' },
  { name: 'C0 controls', title: `Ctrl${C0_NON_SPACE}chars and\u0007bell`, want: 'Ctrlchars andbell' },
  { name: 'NUL', title: 'Nul\u0000byte', want: 'Nul\ufffdbyte' },
  { name: 'DEL', title: 'Del\u007fete me', want: 'Delete me' },
  { name: 'line and paragraph separators', title: 'Line\u2028separator\u2029paragraph', want: 'Line separator paragraph' },
  { name: 'three dashes', title: '---' },
  { name: 'three dots', title: '...' },
  { name: 'document markers inside', title: 'Before\n---\nafter ... end', want: 'Before --- after ... end' },
  { name: 'Hugo shortcodes', title: '{{< x >}} and {{% y %}} shortcodes' },
  { name: 'yes', title: 'yes' },
  { name: 'no', title: 'no' },
  { name: 'null', title: 'null' },
  { name: 'true', title: 'true' },
  { name: 'tilde', title: '~' },
  { name: 'hex number', title: '0x10' },
  { name: 'float', title: '1e3' },
  { name: 'date', title: '2025-01-01' },
  { name: 'infinity', title: '.inf' },
  { name: 'emoji', title: 'Emoji 🎉 👍🏽 flag 🇺🇦 keycap 1️⃣' },
  {
    name: 'emoji ZWJ sequence',
    title: 'Family 👨\u200d👩\u200d👧 emoji',
  },
  { name: 'right-to-left', title: 'مرحبا بالعالم — שלום עולם' },
  { name: 'zero-width characters', title: 'Zero\u200bwidth\u200cnon\u200djoiner\u2060word', want: 'Zerowidth\u200cnon\u200djoinerword' },
  { name: '2,000 characters', title: LONG_TITLE },
  { name: 'everything at once', title: `"'\\: #-@*&!%|> {{< x >}}\t---` , want: `"'\\: #-@*&!%|> {{< x >}} ---` },
  { name: 'padding', title: '   padded title   ', want: 'padded title' },
  { name: 'YAML mapping and list', title: 'key: "value"\n- item: [1, 2]', want: 'key: "value" - item: [1, 2]' },
  { name: 'HTML markup as text', title: '<script>alert(1)</script> <b>bold</b>' },
  { name: 'Windows device name', title: 'CON' },
  { name: 'punctuation only', title: '?!*' },
  { name: 'leading dot', title: '.hidden title' },
];

function clip(c: Case): ClipResult {
  const html = buildArticlePage({ title: c.title, text: `The hostile text again, in the body: ${c.title}` });
  const { document, close } = documentFrom(html, URL_);
  try {
    return clipDocument({ document, url: URL_, now: NOW, settings: DEFAULT_SETTINGS, mode: 'article' });
  } finally {
    close();
  }
}

const results = new Map<string, ClipResult>();
const resultOf = (c: Case): ClipResult => {
  const cached = results.get(c.name) ?? clip(c);
  results.set(c.name, cached);
  return cached;
};

describe.each(CASES)('hostile title: $name', (c) => {
  it('front matter reads back with js-yaml as the result frontMatter', () => {
    const { markdown, frontMatter } = resultOf(c);
    expect(readFrontMatter(markdown)).toEqual(JSON.parse(JSON.stringify(frontMatter)));
  });

  // A known defect stays visible: it.fails turns red once the core is fixed, so the case gets updated.
  (c.knownIssue ? it.fails : it)(`title reads back as the guaranteed string${c.knownIssue ? ` (known issue: ${c.knownIssue})` : ''}`, () => {
    const { markdown, frontMatter } = resultOf(c);
    const want = c.want ?? c.title;
    expect(frontMatter.title).toBe(want);
    expect((readFrontMatter(markdown) as Record<string, unknown>).title).toBe(want);
  });

  it('front matter strings hold no control characters or line breaks', () => {
    const strings: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(readFrontMatter(resultOf(c).markdown));
    expect(strings.length).toBeGreaterThan(5);
    for (const value of strings) expect(value).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });

  it('file name is safe', () => {
    expect(unsafeFilenameReason(resultOf(c).filename, DEFAULT_SETTINGS.filenameMaxLength)).toBeNull();
  });

  it.each(MARKDOWN_CHECKS)('post passes "$name"', (check) => {
    expect(check.find(resultOf(c).markdown)).toBeNull();
  });
});

describe('Hugo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-posts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds every hostile post without a warning (check-hugo.sh)', (ctx) => {
    ctx.skip(shouldSkipHugo(), 'hugo is not on PATH: apt-get install hugo (with CI set this test fails instead)');
    expect(hugoOnPath(), 'hugo is not on PATH (CI must install Debian\'s hugo)').toBe(true);
    CASES.forEach((c, i) => {
      // One folder per case: two titles may share a file name, and each must render.
      const sub = join(dir, String(i).padStart(2, '0'));
      mkdirSync(sub);
      const result = resultOf(c);
      writeFileSync(join(sub, result.filename), result.markdown);
    });
    // Several posts share a title ("---" cases): Mainroad's menu: "" makes that a warning.
    const check = checkHugo(dir, { ignore: 'duplicate menu entry' });
    expect(check.output).not.toMatch(/^(WARN|ERROR)/m);
    expect(check.status, check.output).toBe(0);
  }, 120_000);
});
