// Property: whatever strings a page or a profile puts into front matter, the post's
// YAML reads back (js-yaml) as exactly the documented clean-up of those values:
// cleanScalar (C0/C1 controls, U+2028/U+2029 removed; every \s run one space; trimmed),
// list items that clean to '' dropped, booleans unchanged, keys and order unchanged.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkHugo, shouldSkipHugo } from '../helpers/hugo';
import { repoRoot } from '../helpers/paths';
import { cleanScalar, renderPost, serializeFrontMatter } from '../../src/core/front-matter';
import { splitPost } from '../helpers/front-matter';
import { nastyString, runs } from './arbitraries';

const value = fc.oneof(nastyString(60), fc.boolean(), fc.array(nastyString(30), { maxLength: 5 }));
// Keys: the profile's usual names plus any key the settings validator accepts
// (src/settings/validate.ts: /^[A-Za-z_][\w-]*$/). Arbitrary text is not a possible key:
// js-yaml writes a key such as "... x" unquoted, and a line starting with "... " ends the
// YAML document (harmless only because the settings refuse such keys).
// '__proto__' is left out: it is the known bug pinned below.
const key = fc
  .oneof(fc.constantFrom('title', 'date', 'summary', 'tags', 'categories', 'lang', 'menu', 'comments', 'null', 'true', 'yes'), fc.stringMatching(/^[A-Za-z_][\w-]{0,15}$/))
  .filter((k) => k !== '__proto__');
const record = fc.uniqueArray(fc.tuple(key, value), { maxLength: 8, selector: ([k]) => k }).map((pairs) => pairs);

/** What the core documents it writes for a value. */
function expected(v: unknown): unknown {
  if (typeof v === 'string') return cleanScalar(v);
  if (Array.isArray(v)) return v.map((s: string) => cleanScalar(s)).filter((s) => s !== '');
  return v;
}

/** The core's documented clean-up, restated independently. */
function restatedClean(s: string): string {
  // Lone surrogates become U+FFFD (as a UTF-8 encoder would write them), then controls go.
  return wellFormed(s).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/g, '').replace(/\s+/g, ' ').trim();
}

function tally(name: string, numRuns: number, started: number): void {
  console.log(`[property] ${name}: ${numRuns} runs in ${Date.now() - started} ms`);
}

describe('front matter round trip (property)', () => {
  it('cleanScalar is one line, control-free, trimmed, and idempotent', () => {
    const numRuns = runs(2000);
    const started = Date.now();
    fc.assert(
      fc.property(nastyString(80), (s) => {
        const c = cleanScalar(s);
        expect(c).toBe(restatedClean(s));
         
        expect(c).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        expect(c).not.toMatch(/^\s|\s$|\s\s/);
        expect(cleanScalar(c)).toBe(c);
      }),
      { numRuns },
    );
    tally('cleanScalar', numRuns, started);
  });

  it('serializeFrontMatter reads back with js-yaml as the cleaned values, in order', () => {
    const numRuns = runs(1500);
    const started = Date.now();
    fc.assert(
      fc.property(record, (pairs) => {
        const values = Object.fromEntries(pairs);
        const text = serializeFrontMatter(values);
        const back = yaml.load(text) as Record<string, unknown> | undefined;
        const want = Object.fromEntries(pairs.map(([k, v]) => [k, expected(v)]));
        expect(back ?? {}).toEqual(want);
        expect(Object.keys(back ?? {})).toEqual(Object.keys(want));
        // Never a document marker line inside the block: the post would end early.
        expect(text).not.toMatch(/^(---|\.\.\.)(\s|$)/m);
      }),
      { numRuns },
    );
    tally('serializeFrontMatter', numRuns, started);
  });

  it('renderPost: front matter block, blank line, normalised body, one final newline', () => {
    const numRuns = runs(1000);
    const started = Date.now();
    fc.assert(
      fc.property(record, nastyString(200), (pairs, body) => {
        const values = Object.fromEntries(pairs);
        const post = renderPost(values, body);
        const split = splitPost(post);
        expect(yaml.load(split.yaml) ?? {}).toEqual(Object.fromEntries(pairs.map(([k, v]) => [k, expected(v)])));
        const wantBody = body.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/^\n+|\s+$/g, '');
        expect(split.body).toBe(`\n${wantBody}\n`);
        expect(post.endsWith('\n')).toBe(true);
        expect(post).not.toMatch(/[ \t]$/m);
      }),
      { numRuns },
    );
    tally('renderPost', numRuns, started);
  });

  // Go's YAML (Hugo) refuses an escaped surrogate ("\uD800"), which js-yaml writes for a
  // lone surrogate. Lone surrogates are mapped to U+FFFD in the input here because of the
  // known core bug pinned below; everything else must come out Hugo-readable.
  it('never writes an escape Hugo cannot read, lone surrogates included', () => {
    const numRuns = runs(1500);
    const started = Date.now();
    fc.assert(
      fc.property(record, (pairs) => {
        // Keys are the profile's (plain names); values are anything a page can hold.
        const fixed = pairs.map(([k, v]) => [wellFormed(k), v] as const);
        expect(serializeFrontMatter(Object.fromEntries(fixed))).not.toMatch(SURROGATE_ESCAPE);
      }),
      { numRuns },
    );
    tally('Hugo-readable escapes', numRuns, started);
  });

  // CORE BUG (found by the property above, reported to src/core's owner): cleanScalar keeps
  // lone surrogates, js-yaml escapes them as "\uD800", and Hugo then fails the whole site:
  // 'failed to unmarshal YAML: yaml: found invalid Unicode character escape code'.
  // Reachable from a page whose script sets document.title (or text) with a lone surrogate:
  // outerHTML keeps it and the popup's DOMParser too. Fix idea: cleanScalar(v) → v.toWellFormed()
  // (Node 20 / Chrome 111 / Firefox 119) or replace(/\p{Cs}/gu, '\uFFFD') first.
  it('fixed: a lone surrogate in a title gives front matter Hugo can read', () => {
    expect(serializeFrontMatter({ title: 'a\ud800b' })).not.toMatch(SURROGATE_ESCAPE);
  });

  // CORE BUG (found by the property above, reported to src/core's owner): a profile field
  // keyed "__proto__" (the settings validator's /^[A-Za-z_][\w-]*$/ accepts it) is assigned
  // with clean[key] = … in serializeFrontMatter (and out[key] in buildFrontMatter), which sets
  // the object's prototype instead of a key: the field silently vanishes from the post (and a
  // list value becomes the prototype of the front matter object). Fix idea: build with
  // Object.defineProperty / a Map, or refuse __proto__, constructor and prototype as keys.
  it('fixed: a "__proto__" profile key is written like any other key', () => {
    const values = JSON.parse('{"__proto__": "x", "title": "T"}') as Record<string, unknown>;
    expect(serializeFrontMatter(values)).toContain('__proto__');
  });

  // A sample of random values through a real Hugo build (one build, many posts).
  it.skipIf(shouldSkipHugo())('Hugo builds posts with random front matter values without a warning', () => {
    const dir = join(repoRoot, '.tmp', `property-hugo-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const post = fc.record({
      title: nastyString(60).map(wellFormed).filter((t) => cleanScalar(t) !== ''),
      summary: nastyString(120).map(wellFormed),
      tags: fc.array(nastyString(20).map(wellFormed), { maxLength: 3 }),
      body: nastyString(200).map(wellFormed),
    });
    const samples = fc.sample(post, { numRuns: 40, seed: 20261127 });
    try {
      samples.forEach((p, i) => {
        const fm = { title: p.title, date: '2025-02-12 23:11:59', summary: p.summary, categories: p.tags, tags: p.tags };
        // The body goes through the core's own Markdown path elsewhere; here it is plain text.
        writeFileSync(join(dir, `post-${i}.md`), renderPost(fm, p.body.replace(/\{\{/g, '{ {')));
      });
      const result = checkHugo(dir, { ignore: 'duplicate menu entry' });
      console.log(`[property] Hugo build of ${samples.length} random front matters: exit ${result.status}`);
      expect(result.output).not.toMatch(/FAIL/);
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;

function wellFormed<T>(v: T): T {
  const fix = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  if (typeof v === 'string') return fix(v) as T;
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? fix(x) : x)) as T;
  return v;
}
