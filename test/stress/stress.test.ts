// The stress set (scripts/make-stress-pages.mjs → test/fixtures/stress/, git-ignored): each
// page gives a post, or a clear isArticle=false, within a generous time bound (a bound, not a
// benchmark) and with sane memory. Each page is clipped in its own process
// (test/stress/clip-child.mjs: the CLI's page reader, then jsdom with the page's content
// type, inert), so a page over its bound is killed instead of hanging the suite, and the
// peak memory is that page's alone.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { unsafeFilenameReason } from '../helpers/filename-safety';
import { splitPost } from '../helpers/front-matter';
import { MARKDOWN_CHECKS } from '../helpers/markdown-checks';
import { repoRoot } from '../helpers/paths';
// @ts-expect-error plain .mjs helper shared with scripts/check-corpus.mjs
import { bundleCore } from './core-bundle.mjs';

const dir = join(repoRoot, 'test/fixtures/stress');
const generator = join(repoRoot, 'scripts/make-stress-pages.mjs');
const child = join(repoRoot, 'test/stress/clip-child.mjs');
const bundle = join(repoRoot, '.tmp', `stress-core-${process.pid}`, 'core.mjs');
const URL_ = 'https://stress.example.com/2025/02/12/page';

interface StressPage {
  file: string;
  contentType: string;
  description: string;
  expect: 'post' | 'post-or-not-article';
  bytes: number;
}

interface ChildResult {
  ok: boolean;
  ms: number;
  maxRssMb: number;
  error?: string;
  isArticle?: boolean;
  warnings?: string[];
  filename?: string;
  markdown?: string;
  article?: string;
  title?: string | null;
}

/** Seconds a page may take, node start-up included; generous: CI machines are slow and shared. */
const BOUND_S: Record<string, number> = { 'big-10mb': 600, 'elements-100k': 600, 'images-10k': 120, 'deep-5000': 120 };
const DEFAULT_BOUND_S = 30;
/**
 * The four big pages take minutes on jsdom (see above): a pass/fail that depends on the
 * machine's speed would make CI flaky, so `npm test` leaves them out and
 * `STRESS_BIG=1 npx vitest run test/stress/stress.test.ts` runs them with wide bounds.
 * `npm test` still clips all four where users meet them: test/e2e/stress-pages.test.ts runs
 * them in Chromium through the toolbar action (seconds each there; the 10 MB page about 20 s),
 * so these jsdom runs can stay STRESS_BIG-only.
 */
const RUN_BIG = process.env.STRESS_BIG === '1';
/** Extra time for a child to start Node and load jsdom and the core before its bound starts. */
const STARTUP_SLACK_MS = 30_000;
/** Peak resident memory of one page's process. */
const RSS_MAX_MB = 2500;

/**
 * Known core slowness on jsdom (these cases run only with STRESS_BIG=1; deep-5000 no longer
 * crashes since the core flattens nesting below 256 levels, and clips in about 7 s idle):
 * - big-10mb: extraction time grows faster than the page (1 MB ≈ 7 s, 3 MB ≈ 29 s on this
 *   loaded 2-core VM; the 10 MB page took 255 s). Profile: cleanup passes that re-read text
 *   per element (removeTrailingSections → textBefore/proseAfter, removeJunkElements →
 *   flatText per child, removeEmptyElements → hasMedia/textContent per element), plus
 *   Readability's _grabArticle/_cleanConditionally on jsdom. (Since then the text reads stop
 *   early, and the two quadratic ones, text before every candidate and before/after every
 *   <hr>, are gone; not re-measured here: the browser test runs these pages in npm test.)
 * - elements-100k: Readability's _grabArticle is quadratic in the number of siblings on
 *   jsdom (SymbolTree.index on every live-collection access after a DOM change): 12,000 cards
 *   (48,000 elements) ≈ 27 s, the 96,000-element page ≈ 240 s.
 * - deep-5000: "RangeError: Maximum call stack size exceeded" (jsdom's recursive _attach when
 *   the extracted subtree is moved/cloned); the CLI exits 70 "internal error". Depth 1,000
 *   already takes ≈ 21 s and 2,000 ≈ 109 s (Readability _cleanConditionally → _getTextDensity
 *   → _getInnerText per nested div). Browsers cap the parser's nesting at 512 (Blink), jsdom
 *   does not. Fix idea for all three: before Readability, unwrap elements nested deeper than
 *   ~500 and cap very long sibling runs / element counts (Readability's maxElemsToParse), and
 *   make the cleanup passes compute text once per pass (one walk with running offsets).
 * - images-10k: 10,000 <figure><img><figcaption> in the article take ≈ 18 s (load 5), 15 s of
 *   them in Readability's _unwrapNoscriptImages (live getElementsByTagName('img') walked while
 *   the DOM changes: quadratic on jsdom).
 * - Real corpus pages show the same: readability/toc-missing ≈ 205 s, l3s/soundpolitics.com
 *   ≈ 120 s, postlight/www.reddit.com ≈ 37 s (npm run check:corpus prints the slowest).
 */
const KNOWN_SLOW_OR_CRASHING = new Set(['big-10mb', 'elements-100k', 'deep-5000', 'images-10k']);

let pages: Record<string, StressPage> = {};

beforeAll(async () => {
  // Generates the pages when missing or from an older generator version (a no-op otherwise).
  const run = spawnSync(process.execPath, [generator], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`make-stress-pages failed: ${run.stderr || run.error}`);
  pages = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { pages: Record<string, StressPage> }).pages;
  await bundleCore(bundle);
}, 90_000);

afterAll(() => rmSync(dirname(bundle), { recursive: true, force: true }));

/** Clips a page in a child process, killed at the bound. */
function clipInChild(name: string, boundMs: number): Promise<ChildResult & { wallMs: number; killed: boolean }> {
  const page = pages[name];
  const started = Date.now();
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--stack-size=984', child, bundle, join(dir, page.file), page.contentType, URL_], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killed = false;
    const kill = () => {
      killed = true;
      proc.kill('SIGKILL');
    };
    // The bound starts when the child has loaded jsdom and the core ("ready"): on a loaded
    // machine starting Node alone can take seconds. A safety kill covers a child that never gets there.
    let timer = setTimeout(kill, boundMs + STARTUP_SLACK_MS);
    proc.stdout.on('data', (d: Buffer) => {
      const before = out;
      out += d;
      if (!before.includes('ready\n') && out.includes('ready\n')) {
        clearTimeout(timer);
        timer = setTimeout(kill, boundMs);
      }
    });
    proc.stderr.on('data', (d: Buffer) => (err += d));
    proc.on('close', () => {
      clearTimeout(timer);
      const wallMs = Date.now() - started;
      const line = out.trim().split('\n').pop() ?? '';
      let parsed: ChildResult;
      try {
        parsed = JSON.parse(line) as ChildResult;
      } catch {
        parsed = { ok: false, ms: boundMs, maxRssMb: 0, error: killed ? `killed after ${boundMs} ms` : `no result: ${err.slice(0, 300)}` };
      }
      resolve({ ...parsed, wallMs, killed });
    });
  });
}

/** What a page's post must hold beyond the common checks. */
const EXTRA: Record<string, (r: ChildResult) => void> = {
  xhtml: (r) => {
    expect(r.title).toBe('An XHTML article');
    expect(r.article).toContain('Self-closing');
  },
  // jsdom runs no script, so the hijacking scripts change nothing here (Chromium: test/e2e/save-faults.test.ts).
  'hostile-scripts': (r) => {
    expect(r.title).toBe('A page that breaks the globals');
    expect(r.markdown).not.toContain('hijacked');
  },
  // The bogus label is ignored: the Latin-1 bytes decode as windows-1252.
  'bogus-charset': (r) => expect(r.article).toContain('Café déjà vu, naïve.'),
  'images-10k': (r) => expect(r.markdown).toContain('Ten thousand images'),
};

const NAMES = ['big-10mb', 'elements-100k', 'deep-5000', 'images-10k', 'frameset', 'svg', 'xhtml', 'hostile-scripts', 'bogus-charset', 'empty-body'];

// Concurrent: each page is its own process, killed at its bound, so the file takes about
// as long as the longest bound rather than the sum of them.
describe.concurrent('stress pages', () => {
  it('the generator made every page', () => {
    expect(Object.keys(pages).sort()).toEqual([...NAMES].sort());
    for (const page of Object.values(pages)) expect(existsSync(join(dir, page.file))).toBe(true);
    expect(pages['big-10mb'].bytes).toBeGreaterThanOrEqual(10 * 1024 * 1024);
  });

  for (const name of NAMES) {
    const bound = BOUND_S[name] ?? DEFAULT_BOUND_S;
    const test = KNOWN_SLOW_OR_CRASHING.has(name) && !RUN_BIG ? it.skip : it;
    test(`${name}: a post or a clear "no article", within ${bound} s${KNOWN_SLOW_OR_CRASHING.has(name) ? ' (slow on jsdom, see above; STRESS_BIG=1)' : ''}`, async () => {
      const page = pages[name];
      const r = await clipInChild(name, bound * 1000);
      const outcome = !r.ok ? `FAILED: ${r.error}` : r.isArticle ? `post, ${r.article?.length} chars of article` : `isArticle=false (${r.warnings?.join(' ') || 'no warning'})`;
      console.log(`[stress] ${name} (${page.description}, ${(page.bytes / 1048576).toFixed(2)} MB): ${outcome}; ${r.ms.toFixed(0)} ms read+parse+clip (${r.wallMs} ms with process start); peak rss ${r.maxRssMb} MB`);
      expect(r.killed, `over the ${bound} s bound`).toBe(false);
      expect(r.error).toBeUndefined();
      expect(r.ok).toBe(true);
      expect(r.maxRssMb).toBeLessThan(RSS_MAX_MB);
      if (page.expect === 'post') expect(r.isArticle).toBe(true);
      // Whatever the outcome, the file it would save is a well-formed post with a safe name.
      expect(unsafeFilenameReason(r.filename ?? '', DEFAULT_SETTINGS.filenameMaxLength)).toBeNull();
      const fm = yaml.load(splitPost(r.markdown ?? '').yaml) as Record<string, unknown>;
      expect(typeof fm.title).toBe('string');
      for (const check of MARKDOWN_CHECKS) expect(check.find(r.markdown ?? ''), check.name).toBeNull();
      if (r.isArticle) expect(r.article?.trim()).not.toBe('');
      EXTRA[name]?.(r);
    }, bound * 1000 + STARTUP_SLACK_MS + 10_000);
  }
});
