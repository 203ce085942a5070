// A deterministic sample of the dev corpus (../shared/corpus, read in place) through
// scripts/check-corpus.mjs: every page clipped with every built-in profile, no crash, and the
// Hugo build of the posts clean. The full run is `npm run check:corpus`.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clipDocument } from '../../src/core/clip';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { documentFrom } from '../helpers/dom';
import { hugoOnPath } from '../helpers/hugo';
import { repoRoot, sharedDir } from '../helpers/paths';

const SAMPLE = 40;
const corpus = join(sharedDir, 'corpus');
const out = join(repoRoot, '.tmp', `check-corpus-sample-${process.pid}`);
// Without the corpus or Hugo locally the test is skipped; on CI their absence is a failure.
const skip = !process.env.CI && (!existsSync(join(corpus, 'manifest.json')) || !hugoOnPath());

interface Summary {
  pages: number;
  profiles: number;
  clips: number;
  crashes: number;
  hugoPass: number;
  hugoFail: number;
  seconds: number;
}

let run: { status: number | null; output: string; summary: Summary | null };

describe.skipIf(skip)(`corpus sample (${SAMPLE} pages)`, () => {
  beforeAll(() => {
    const proc = spawnSync(process.execPath, [join(repoRoot, 'scripts/check-corpus.mjs'), '--sample', String(SAMPLE), '--out', out, '--json'], {
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${proc.stdout ?? ''}${proc.stderr ?? ''}`;
    const last = (proc.stdout ?? '').trim().split('\n').pop() ?? '';
    let summary: Summary | null = null;
    try {
      summary = JSON.parse(last) as Summary;
    } catch {
      summary = null;
    }
    run = { status: proc.status, output, summary };
    console.log(output.split('\n').filter((l) => /^(check-corpus|hugo |slowest|CRASH|refused)/.test(l)).join('\n'));
  }, 130_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('clips every sampled page with every profile without a crash', () => {
    expect(run.summary, run.output.slice(-2000)).not.toBeNull();
    expect(run.summary?.pages).toBe(SAMPLE);
    expect(run.summary?.profiles).toBe(DEFAULT_SETTINGS.profiles.length);
    expect(run.summary?.clips).toBe(SAMPLE * DEFAULT_SETTINGS.profiles.length);
    expect(run.summary?.crashes).toBe(0);
  });

  it('Hugo builds the posts with no warning or error, every page rendered and complete', () => {
    const offences = run.output
      .split('\n')
      .filter((l) => /^(WARN|ERROR|Error:|panic:)|^check-hugo: FAIL|not rendered|incomplete|no\/unparsable date|empty title/.test(l));
    expect(offences).toEqual([]);
    expect(run.summary?.hugoFail).toBe(0);
    expect(run.summary?.hugoPass).toBe(DEFAULT_SETTINGS.profiles.length);
    expect(run.status).toBe(0);
  });
});

// Found by the corpus check (l3s/javno.com-a0f43c75: no <title>, no og:title/JSON-LD, no <h1>):
// the post had `title: ""` and check-hugo called it incomplete. Fixed in the core (a31debe:
// first heading, else first words, else the site); this keeps it fixed.
describe('title fallback', () => {
  it('a page without <title> or <h1> still gets a title', () => {
    const P = '<p>The council met on Tuesday evening to discuss the proposal in detail, hearing from residents, business owners and the city engineer for more than three hours.</p>';
    const { document, close } = documentFrom(`<!doctype html><html><head></head><body><div class="story"><h2>NFL PLAYOFFS</h2>${P}${P}${P}</div></body></html>`, 'https://news.example.com/a/b.html');
    try {
      const result = clipDocument({ document, url: 'https://news.example.com/a/b.html', now: new Date('2026-01-01T00:00:00Z'), settings: DEFAULT_SETTINGS });
      expect(result.frontMatter.title).not.toBe('');
    } finally {
      close();
    }
  });
});

