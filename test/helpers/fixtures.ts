// Fixture folders (test/fixtures/pages/<name>/): listing, loading, and clipping one
// with the core under the frozen clock and default settings the expected files assume.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clipDocument } from '../../src/core/clip';
import type { ClipResult } from '../../src/core/types';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { documentFrom } from './dom';
import { fixturePagesDir } from './paths';

/** The clock every expected file was generated with. */
export const FIXTURE_NOW = new Date('2026-01-01T00:00:00Z');

export function listFixtures(): string[] {
  return readdirSync(fixturePagesDir)
    .filter((name) => statSync(join(fixturePagesDir, name)).isDirectory())
    .sort();
}

export interface Fixture {
  name: string;
  dir: string;
  html: string;
  url: string;
}

export function loadFixture(name: string): Fixture {
  const dir = join(fixturePagesDir, name);
  return {
    name,
    dir,
    html: readFileSync(join(dir, 'source.html'), 'utf8'),
    url: readFileSync(join(dir, 'url.txt'), 'utf8').trim(),
  };
}

export function clipFixture(fixture: Fixture): ClipResult {
  const { document, close } = documentFrom(fixture.html, fixture.url);
  try {
    return clipDocument({ document, url: fixture.url, now: FIXTURE_NOW, settings: DEFAULT_SETTINGS, mode: 'article' });
  } finally {
    close();
  }
}

/** What expected-metadata.json holds: everything of the result but the post text and timings. */
export function metadataRecord(result: ClipResult): unknown {
  const record = { filename: result.filename, isArticle: result.isArticle, warnings: result.warnings, metadata: result.metadata };
  // Through JSON, so the comparison sees exactly what the file can hold.
  return JSON.parse(JSON.stringify(record));
}

export const updating = process.env.UPDATE_FIXTURES === '1';

/**
 * The expected file's text. With UPDATE_FIXTURES=1 it is first (re)written from
 * `actual`; otherwise a missing file is an error that says how to create it.
 */
export function expectedText(fixture: Fixture, file: string, actual: string): string {
  const path = join(fixture.dir, file);
  if (updating) writeFileSync(path, actual);
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: generate it with UPDATE_FIXTURES=1 npx vitest run test/core/fixtures.test.ts -t '${fixture.name}' and review it`,
    );
  }
  return readFileSync(path, 'utf8');
}
