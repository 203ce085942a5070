// Property: for random HTML trees (nested blocks, lists, tables, code, figures, links
// around anything, text full of Markdown/Hugo specials), clipDocument returns in time,
// never throws, and its Markdown keeps the structural promises every post must keep.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipDocument } from '../../src/core/clip';
import type { ClipMode, ClipResult } from '../../src/core/types';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { documentFrom } from '../helpers/dom';
import { checkHugo, shouldSkipHugo } from '../helpers/hugo';
import { MARKDOWN_CHECKS } from '../helpers/markdown-checks';
import { repoRoot } from '../helpers/paths';
import { runs } from './arbitraries';

const URL_ = 'https://news.example.com/2025/02/12/random-tree/';
const NOW = new Date('2026-01-01T00:00:00Z');
/** A bound, not a benchmark: one small tree must never take this long. */
const TIME_LIMIT_MS = 5000;

const TAGS = ['p', 'div', 'a', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'pre', 'code', 'figure', 'figcaption', 'img', 'blockquote',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'em', 'strong', 'br', 'hr'] as const;
const VOID = new Set(['img', 'br', 'hr']);

// Text with what Markdown, Hugo and HTML care about.
const TEXT_BITS = ['word', 'News', ' ', '  ', '\n', '\n\n', '\t', '*', '**', '_', '__', '`', '``', '```', '~~~', '#', '# ', '- ', '+ ', '1. ',
  '> ', '|', '[', ']', '(', ')', '![', '](', '\\', '<', '>', '&', '&amp;', '{{<', '>}}', '{{%', '%}}', '{{< youtube x >}}', '{{% note %}}',
  '{{</* x */>}}', '<!--', '-->', '---', '===', '\u00a0', '\u200b', 'é', '北京', '\ud83d\ude00', '\u202e', '"', "'", ':'];

interface El {
  tag: (typeof TAGS)[number];
  children: Node[];
  attr: string;
}
type Node = string | El;

const escapeText = (s: string) => s.replace(/&(?!amp;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const text = fc.array(fc.oneof(fc.constantFrom(...TEXT_BITS), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));

const { node } = fc.letrec<{ node: Node; element: El }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', maxDepth: 6, withCrossShrink: true }, text, tie('element')),
  element: fc.record({
    tag: fc.constantFrom(...TAGS),
    children: fc.array(tie('node'), { maxLength: 3 }),
    attr: fc.oneof(fc.constant(''), text),
  }),
}));

function render(n: Node, parent = ''): string {
  if (typeof n === 'string') return escapeText(n);
  // An <li> outside a list is the known core bug pinned below: wrapped in a <ul> here so
  // the property keeps hunting for other problems.
  if (n.tag === 'li' && parent !== 'ul' && parent !== 'ol') return `<ul>${render(n, 'ul')}</ul>`;
  // A <pre> right inside <em>/<strong> is the second known bug pinned below: made a <div> here.
  if (n.tag === 'pre' && (parent === 'em' || parent === 'strong')) return render({ ...n, tag: 'div' }, parent);
  const inner = n.children.map((c) => render(c, n.tag)).join('');
  if (n.tag === 'img') return `<img src="/img/${encodeURIComponent(n.attr)}.jpg" alt="${escapeAttr(n.attr)}">`;
  if (VOID.has(n.tag)) return `<${n.tag}>`;
  if (n.tag === 'a') return `<a href="https://example.org/${encodeURIComponent(n.attr)}">${inner}</a>`;
  if (n.tag === 'code' && n.attr) return `<code class="language-${escapeAttr(n.attr.replace(/\s/g, ''))}">${inner}</code>`;
  return `<${n.tag}>${inner}</${n.tag}>`;
}

const FILLER = '<p>The council met on Tuesday evening to discuss the proposal in detail, hearing from residents, business owners and the city engineer for more than three hours, and officials said the plan would be revised.</p>';

function page(trees: Node[], title: string, extra = ''): string {
  const body = trees.map((t) => render(t)).join('\n') + extra;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeText(title)}</title>
<meta property="article:published_time" content="2025-02-12T23:11:59Z"></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${escapeText(title)}</h1>${FILLER}${body}${FILLER}</article></main></body></html>`;
}

const input = fc.record({
  trees: fc.array(node, { minLength: 1, maxLength: 4 }),
  // A page with a real title (a whitespace-only title gives `title: ""`, which check-hugo
  // calls incomplete; the stress set covers title-less pages).
  title: fc.tuple(fc.constantFrom('Word', 'News', '北京', 'Ünïcode'), text).map(([a, b]) => `${a} ${b}`),
  mode: fc.constantFrom<ClipMode>('article', 'article', 'page', 'selection'),
});

type Input = { trees: Node[]; title: string; mode: ClipMode };

function clip({ trees, title, mode }: Input, extraHtml = ''): { result: ClipResult; ms: number } {
  const { document, close } = documentFrom(page(trees, title, extraHtml), URL_);
  const started = performance.now();
  try {
    const result = clipDocument({
      document, url: URL_, now: NOW, settings: DEFAULT_SETTINGS, mode,
      selectionHtml: mode === 'selection' ? trees.map((t) => render(t)).join('') : undefined, ownsDocument: true,
    });
    return { result, ms: performance.now() - started };
  } finally {
    close();
  }
}

/** An unescaped "[" followed by a blank line: a link around block content. */
const LINK_AROUND_BLOCK = /(?:^|[^\\])(?:\\\\)*\[\s*\n\s*\n/;

// Block-quote and list-item markers in front of a line's content.
const CONTAINERS = /^(?: {0,3}>[ \t]?| {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+)*/;

/** Fence openers and closers pair up, fences inside list items and quotes included. */
function unbalancedFence(markdown: string): string | null {
  let open: { char: string; length: number; line: number } | null = null;
  markdown.split('\n').forEach((raw, i) => {
    const line = open ? raw.replace(/^[ >]*/, '') : raw.replace(CONTAINERS, '').replace(/^ +/, '');
    const f = /^(`{3,}|~{3,})(.*)$/.exec(line);
    if (!f) return;
    if (open === null) {
      // A backtick fence's info string may not hold a backtick: then it is no fence.
      if (!(f[1][0] === '`' && f[2].includes('`'))) open = { char: f[1][0], length: f[1].length, line: i + 1 };
    } else if (f[1][0] === open.char && f[1].length >= open.length && f[2].trim() === '') open = null;
  });
  return open === null ? null : `code fence opened at line ${(open as { line: number }).line} is never closed`;
}

/**
 * Known core bug (pinned below with it.fails): a line that *starts* with an inline code span
 * whose delimiter is 3+ backticks is taken for a fence opener by neutraliseShortcodes and
 * left as it is. Such lines are left out of the shortcode check so the property can keep
 * hunting for other problems; the it.fails test fails loudly once the bug is fixed.
 */
const KNOWN_FENCE_LOOKALIKE = /^`{3,} .*`/;

/** The Markdown with the lines of fenced code blocks (fences included) emptied. */
function withoutFencedCode(markdown: string): string {
  let open: { char: string; length: number } | null = null;
  return markdown
    .split('\n')
    .map((raw) => {
      const line = open ? raw.replace(/^[ >]*/, '') : raw.replace(CONTAINERS, '').replace(/^ +/, '');
      const f = /^(`{3,}|~{3,})(.*)$/.exec(line);
      if (!open) {
        if (f && !(f[1][0] === '`' && f[2].includes('`'))) {
          open = { char: f[1][0], length: f[1].length };
          return '';
        }
        return raw;
      }
      if (f && f[1][0] === open.char && f[1].length >= open.length && f[2].trim() === '') open = null;
      return '';
    })
    .join('\n');
}

/** Hugo's shortcode delimiters, exactly as its page lexer looks for them (in code too). */
const SHORTCODE = /\{\{[<%]/;

function offences(result: ClipResult): string[] {
  const out: string[] = [];
  for (const check of MARKDOWN_CHECKS) {
    // The shared link check also flags an escaped bracket ("!\\[" then a blank line), which is
    // text, not a link: that one is replaced by an escape-aware version.
    // The shared fence check reads only fences at the start of a line; a fence that opens a
    // list item ("- ```" … "  ```") is valid CommonMark: a container-aware check replaces it.
    if (check.name === 'no link wrapping a block' || check.name === 'balanced code fences') continue;
    const found = check.find(result.markdown);
    if (found) out.push(`${check.name}: ${found}`);
  }
  const fence = unbalancedFence(result.markdown);
  if (fence) out.push(fence);
  // Brackets inside fenced code are code, not links.
  const prose = withoutFencedCode(result.markdown);
  const link = LINK_AROUND_BLOCK.exec(prose);
  if (link) out.push(`link text starts with a blank line: ${JSON.stringify(prose.slice(link.index, link.index + 60))}`);
  const bodyStart = result.markdown.indexOf('\n---\n') + 5;
  const body = result.markdown.slice(bodyStart).split('\n').filter((line) => !KNOWN_FENCE_LOOKALIKE.test(line)).join('\n');
  const m = SHORTCODE.exec(body);
  if (m) out.push(`Hugo shortcode delimiter in the body: ${JSON.stringify(body.slice(m.index - 20, m.index + 20))}`);
  return out;
}

describe('clipDocument on random HTML trees (property)', () => {
  it('returns in time, never throws, and keeps the Markdown promises', async () => {
    const numRuns = runs(300);
    const started = Date.now();
    let slowest = 0;
    let articles = 0;
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(input, async (inp) => {
        tried++;
        const { result, ms } = clip(inp);
        slowest = Math.max(slowest, ms);
        if (result.isArticle) articles++;
        expect(ms).toBeLessThan(TIME_LIMIT_MS);
        expect(offences(result)).toEqual([]);
        // jsdom frees a closed window only once the event loop turns: a synchronous loop of
        // thousands of pages runs out of memory (a long PROPERTY_RUNS hunt did, at 4 GB).
        await new Promise((resolve) => setImmediate(resolve));
      }),
      // Bounded in time as well as in runs (jsdom pages cost ~20-60 ms each): the runs
      // actually made are printed; PROPERTY_RUNS + PROPERTY_MS raise both for a long hunt.
      { numRuns, interruptAfterTimeLimit: Number(process.env.PROPERTY_MS) || 20_000, markInterruptAsFailure: false },
    );
    console.log(`[property] clipDocument on random trees: ${tried} of ${numRuns} runs (${articles} articles) in ${Date.now() - started} ms, slowest ${slowest.toFixed(0)} ms`);
    // A floor, so a machine too loaded to test anything fails loudly instead of passing empty.
    expect(tried).toBeGreaterThanOrEqual(Math.min(numRuns, 10));
  }, (Number(process.env.PROPERTY_MS) || 20_000) + 60_000);

  // CORE BUG (found by the property above, reported to src/core's owner; Hugo fails the site:
  // 'failed to extract shortcode: template for shortcode "x" not found'). Turndown writes
  // <code>`` ` {{% x %}}</code> as the inline span "``` `` ` {{% x %}} ```" (its delimiter must
  // differ from the 1- and 2-backtick runs inside); when that span starts a line,
  // markdown/hugo-safety.ts takes "```" for a fence opener and leaves the line as it is, and
  // then treats the rest of the post as code. Fix idea: only a line that is a fence marker
  // plus an info string without backticks opens a fence (CommonMark), e.g.
  // /^\s*(`{3,})[^`]*$|^\s*(~{3,})/.
  it('fixed: an inline code span with backticks at the start of a line is neutralised', () => {
    const { result } = clip({ trees: [], title: 'Word', mode: 'article' }, '<p><code>`` ` {{% x %}}</code></p>');
    expect(result.article).toContain('`` `');
    expect(result.article).not.toMatch(SHORTCODE);
  });

  // CORE BUG (found by the property above, reported to src/core's owner): an <li> outside any
  // list, after inline text, is glued to that text ("word- ```"), so a <pre> in it opens no
  // fence while its closing "  ```" opens one: the rest of the post turns into code.
  // Minimal: text then <li><pre>word</pre></li> → "word- ```\n  word\n  ```". Fix idea: the
  // list-item rule starts an orphan <li> on a new block (or cleanup wraps orphan <li> in <ul>).
  it('fixed: an <li> outside a list after text keeps code fences balanced', () => {
    const { result } = clip({ trees: [], title: 'Word', mode: 'article' }, 'word<li><pre>word</pre></li>word');
    expect(unbalancedFence(result.markdown)).toBeNull();
  });

  // CORE BUG (found by the property above, reported to src/core's owner): emphasis around a
  // block of code glues its marker to the fence: <em><pre>!\n</pre></em> → "*```\n!\n```*";
  // "*```" opens nothing and "```*" opens a fence with info "*", so the rest of the post turns
  // into code. (Without the trailing newline the output is "*\n\n```…```\n\n*": balanced, but
  // stray asterisks.) Fix idea: the emphasis rules drop their markers when the content is or
  // holds a block (pre, p, div, list, table), or cleanup hoists blocks out of inline elements.
  it('fixed: <pre> inside <em> keeps code fences balanced', () => {
    const { result } = clip({ trees: [], title: 'Word', mode: 'article' }, '<em><pre>!\n</pre></em>');
    expect(unbalancedFence(result.markdown)).toBeNull();
  });

  it.skipIf(shouldSkipHugo())('Hugo builds a sample of random-tree posts without a warning', () => {
    const dir = join(repoRoot, '.tmp', `property-trees-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    try {
      const samples = fc.sample(input, { numRuns: 30, seed: 42 });
      samples.forEach((inp, i) => writeFileSync(join(dir, `tree-${i}.md`), clip(inp).result.markdown));
      const result = checkHugo(dir, { ignore: 'duplicate menu entry' });
      console.log(`[property] Hugo build of ${samples.length} random-tree posts: exit ${result.status}`);
      expect(result.output).not.toMatch(/FAIL/);
      expect(result.status).toBe(0);
    } finally {
      if (!process.env.KEEP_PROPERTY_OUTPUT) rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
