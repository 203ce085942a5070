// The spec's wanted output, as this clipper can honestly produce it.
//
// ../shared/spec/wanted-output.md has one U+00A0 (no-break space) in "Washington will"
// where ../shared/spec/article-page.html has an ordinary space (and so does the summary
// line of user-example.md for the same words): the hand-made example was copied from the
// live site. The clipper never invents characters, so tests compare against the spec with
// that single character as the page has it; SPEC_NBSP_COUNT guards that nothing else differs.
import { readFileSync } from 'node:fs';

export const SPEC_DIR = new URL('../../../shared/spec/', import.meta.url);
export const SPEC_FILENAME = 'hegseth-rules-out-nato-membership-for-ukraine-in-peace-deal-with-russia.md';
export const SPEC_URL = 'https://thehill.com/policy/defense/5140389-hegseth-nato-membership-ukraine-russia/';

export const specHtml = (): string => readFileSync(new URL('article-page.html', SPEC_DIR), 'utf8');
export const specWantedRaw = (): string => readFileSync(new URL('wanted-output.md', SPEC_DIR), 'utf8');

/** How many no-break spaces the spec's wanted output has (the page has none). */
export const SPEC_NBSP_COUNT = 1;

/** wanted-output.md with its no-break space as the page has it: an ordinary space. */
export function wantedOutput(): string {
  const raw = specWantedRaw();
  const count = raw.match(/\u00a0/g)?.length ?? 0;
  if (count !== SPEC_NBSP_COUNT) throw new Error(`wanted-output.md now has ${count} no-break spaces; review test/support/wanted-output.ts`);
  if (specHtml().includes('\u00a0') || specHtml().includes('&nbsp;Washington')) throw new Error('article-page.html changed; review test/support/wanted-output.ts');
  return raw.replace('\u00a0', ' ');
}
