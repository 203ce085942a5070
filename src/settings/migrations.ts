// Stored settings of any earlier version → the current schema. Each step is a
// pure function from version N to N+1; the list index is the source version.
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './schema';
import { isValidSetting } from './validate';

type Stored = Record<string, unknown>;

/** migrations[n] turns a version-n object into version n+1. */
export const migrations: Array<(old: Stored) => Stored> = [
  // 0 → 1: unversioned drafts of the settings had no profiles; start from defaults.
  (old) => ({ ...old, version: 1 }),
];

/** Brings any stored value up to date, keeping known keys and filling the rest from defaults. */
export function migrateSettings(stored: unknown): Settings {
  let value: Stored = stored && typeof stored === 'object' ? { ...(stored as Stored) } : {};
  let version = typeof value.version === 'number' ? value.version : 0;
  if (version > SETTINGS_VERSION) return structuredClone(DEFAULT_SETTINGS);
  while (version < SETTINGS_VERSION) {
    value = migrations[version](value);
    version += 1;
  }
  const merged: Stored = structuredClone(DEFAULT_SETTINGS) as unknown as Stored;
  for (const key of Object.keys(merged)) {
    if (key in value && isValidSetting(key, value[key], merged[key])) merged[key] = value[key];
  }
  merged.version = SETTINGS_VERSION;
  return merged as unknown as Settings;
}
