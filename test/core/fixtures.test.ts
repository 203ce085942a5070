// Page fixtures (Readability-style): each folder's source.html, clipped by the core
// with a frozen clock and the default settings, must give its expected.md and
// expected-metadata.json exactly. UPDATE_FIXTURES=1 rewrites them; review the diff.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClipResult } from '../../src/core/types';
import { clipFixture, expectedText, listFixtures, loadFixture, metadataRecord } from '../helpers/fixtures';
import { readFrontMatter } from '../helpers/front-matter';
import { MARKDOWN_CHECKS } from '../helpers/markdown-checks';
import { fixturePagesDir } from '../helpers/paths';
import { SPEC_WANTED, specAvailable, specHasNbspDefect, wantedAsThePageAllows } from '../helpers/spec';

const names = listFixtures();
// Only these sets' licences allow copying their pages into the repository.
const COPYABLE_DATASETS = ['readability', 'postlight', 'trafilatura'];
/**
 * Core defects a fixture shows today, by fixture and check name: those checks run as
 * it.fails (red once fixed, so the entry gets removed). Add entries only with a reason.
 */
const KNOWN_ISSUES: Record<string, Record<string, string>> = {};
/** Its expected.md is the shared spec's wanted-output.md, never generated. */
const SPEC_FIXTURE = 'spec-thehill';

describe('fixture folders', () => {
  it('has the spec page and at least 12 corpus pages', () => {
    expect(names).toContain('spec-thehill');
    const corpus = names.filter((name) => existsSync(join(fixturePagesDir, name, 'SOURCE.md')));
    expect(corpus.length).toBeGreaterThanOrEqual(12);
  });

  it.each(names)('%s has source.html, an http(s) url.txt and, from the corpus, a copyable source', (name) => {
    const dir = join(fixturePagesDir, name);
    expect(existsSync(join(dir, 'source.html'))).toBe(true);
    expect(readFileSync(join(dir, 'url.txt'), 'utf8').trim()).toMatch(/^https?:\/\/\S+$/);
    const sourceNote = join(dir, 'SOURCE.md');
    if (!existsSync(sourceNote)) return;
    const dataset = /dataset: `([^`]+)`/.exec(readFileSync(sourceNote, 'utf8'))?.[1];
    expect(COPYABLE_DATASETS).toContain(dataset);
  });

  it.skipIf(!specAvailable())('spec-thehill expects exactly the shared wanted-output.md', () => {
    const expected = readFileSync(join(fixturePagesDir, SPEC_FIXTURE, 'expected.md'), 'utf8');
    expect(expected).toBe(readFileSync(SPEC_WANTED, 'utf8'));
  });
});

describe.each(names)('fixture %s', (name) => {
  const fixture = loadFixture(name);
  let cached: ClipResult | undefined;
  // One clip per folder, shared by its tests (jsdom on a 1 MB page takes a while).
  const result = (): ClipResult => (cached ??= clipFixture(fixture));

  if (name === SPEC_FIXTURE) {
    // Never rewritten by UPDATE_FIXTURES: the spec, not the code, says what is right here.
    const wanted = (): string => readFileSync(join(fixture.dir, 'expected.md'), 'utf8');
    it('gives expected.md up to the known spec defect (helpers/spec.ts)', () => {
      expect(result().markdown).toBe(wantedAsThePageAllows(wanted()));
    });
    (specAvailable() && specHasNbspDefect() ? it.fails : it)('gives expected.md byte for byte', () => {
      expect(result().markdown).toBe(wanted());
    });
  } else {
    it('gives expected.md', () => {
      const { markdown } = result();
      expect(markdown).toBe(expectedText(fixture, 'expected.md', markdown));
    });
  }

  it('gives expected-metadata.json', () => {
    const record = metadataRecord(result());
    const expected: unknown = JSON.parse(expectedText(fixture, 'expected-metadata.json', `${JSON.stringify(record, null, 2)}\n`));
    expect(record).toEqual(expected);
  });

  it('writes front matter that js-yaml reads back as the result frontMatter', () => {
    const { markdown, frontMatter } = result();
    expect(readFrontMatter(markdown)).toEqual(JSON.parse(JSON.stringify(frontMatter)));
  });

  for (const check of MARKDOWN_CHECKS) {
    const known = KNOWN_ISSUES[name]?.[check.name];
    (known ? it.fails : it)(`passes "${check.name}"${known ? ` (known issue: ${known})` : ''}`, () => {
      expect(check.find(result().markdown)).toBeNull();
    });
  }
});
