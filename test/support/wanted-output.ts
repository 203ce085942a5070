// The spec's wanted output as the spec page allows it: wanted-output.md with its one
// no-break space (which article-page.html does not have) read as the page's plain space.
// The detection of that spot lives in test/helpers/spec.ts.
import { readFileSync } from 'node:fs';
import { SPEC_WANTED, specHasNbspDefect, wantedAsThePageAllows } from '../helpers/spec';

export { SPEC_FILENAME, SPEC_URL } from '../helpers/spec';

export function wantedOutput(): string {
  const wanted = readFileSync(SPEC_WANTED, 'utf8');
  return specHasNbspDefect() ? wantedAsThePageAllows(wanted) : wanted;
}
