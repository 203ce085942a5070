// Profile + variables → front matter values. Apart from front-matter.ts so the popup,
// which only serialises edited values, does not load the template engine and its
// public-suffix list.
import type { Profile } from '../settings/schema';
import { cleanValue, setKey } from './front-matter';
import { renderField, type Variables } from './template';

/** The profile's fields, in order, filled from the variables. */
export function buildFrontMatter(profile: Profile, vars: Variables): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of profile.fields) setKey(out, field.key, cleanValue(renderField(field, vars)));
  return out;
}
