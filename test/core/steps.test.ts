// The engine as steps: the popup pauses between them; everyone else runs them through.
import { describe, expect, it } from 'vitest';
import { clipDocument, clipSteps } from '../../src/core/clip';
import { CLEANUP_PASSES } from '../../src/core/cleanup';
import type { ClipStep } from '../../src/core/steps';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFrom } from '../helpers/dom';
import { fixturePagesDir } from '../helpers/paths';

const NOW = new Date('2026-01-01T00:00:00Z');

const page = join(fixturePagesDir, 'npr');
const html = readFileSync(join(page, 'source.html'), 'utf8');
const url = readFileSync(join(page, 'url.txt'), 'utf8').trim();

function input(mode: 'article' | 'page' | 'selection' = 'article') {
  return { document: documentFrom(html, url).document, url, now: NOW, settings: DEFAULT_SETTINGS, mode, selectionHtml: '<p>Picked words.</p>' };
}

function drain(mode: 'article' | 'page' | 'selection') {
  const steps: ClipStep[] = [];
  const gen = clipSteps(input(mode));
  for (;;) {
    const next = gen.next();
    if (next.done) return { steps, result: next.value };
    steps.push(next.value);
  }
}

describe('clipSteps', () => {
  it('pauses before metadata, preparing, Readability, each cleanup pass, Markdown and the post', () => {
    const { steps } = drain('article');
    expect(steps).toEqual(['metadata', 'prepare', 'readability', ...CLEANUP_PASSES.map(() => 'cleanup'), 'markdown', 'post']);
  });

  it.each(['article', 'page', 'selection'] as const)('gives the same post as clipDocument (%s)', (mode) => {
    const { result } = drain(mode);
    const direct = clipDocument(input(mode));
    expect(result.markdown).toBe(direct.markdown);
    expect(result.filename).toBe(direct.filename);
    expect(result.isArticle).toBe(direct.isArticle);
  });

  it('counts only the work in its timings, not the pauses', () => {
    let clock = 0;
    const gen = clipSteps({ ...input(), timer: () => clock });
    // Every pause takes 1,000 ms of the caller's time; the work itself takes none here.
    let next = gen.next();
    while (!next.done) {
      clock += 1000;
      next = gen.next();
    }
    expect(next.value.timings).toEqual({ extractMs: 0, markdownMs: 0 });
  });
});
