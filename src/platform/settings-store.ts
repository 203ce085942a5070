// Settings as stored by the browser, always passed through migrateSettings so
// callers only ever see the current schema.
import { migrateSettings } from '../settings/migrations';
import type { Settings } from '../settings/schema';
import { readLocal, writeLocal } from './storage';

const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  return migrateSettings(await readLocal(SETTINGS_KEY));
}

export async function saveSettings(settings: Settings): Promise<void> {
  await writeLocal(SETTINGS_KEY, migrateSettings(settings));
}
