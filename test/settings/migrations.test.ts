import { describe, expect, it } from 'vitest';
import { migrateSettings, migrations } from '../../src/settings/migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, activeProfile } from '../../src/settings/schema';

describe('settings migrations', () => {
  it('has one step per version', () => {
    expect(migrations).toHaveLength(SETTINGS_VERSION);
  });

  it.each([[undefined], [null], ['garbage'], [42], [[]]])('turns %j into the defaults', (stored) => {
    expect(migrateSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('0 → 1: keeps known values of an unversioned object, drops unknown keys and wrong types', () => {
    const out = migrateSettings({ saveAs: true, filenameMaxLength: '12', bogus: 1 });
    expect(out.version).toBe(1);
    expect(out.saveAs).toBe(true);
    expect(out.filenameMaxLength).toBe(DEFAULT_SETTINGS.filenameMaxLength);
    expect(out).not.toHaveProperty('bogus');
  });

  it.each([
    ['shortcutAction', 'explode'],
    ['filenameMaxLength', 3],
    ['summaryWords', 1.5],
    ['profiles', []],
    ['profiles', [{ id: 'x', name: 'X', format: 'yaml', body: '', filename: '', fields: [{ key: 'a b', type: 'text', value: '' }] }]],
    ['profiles', [{ id: 'x', name: 'X', format: 'toml', body: '', filename: '', fields: [{ key: 'a', type: 'text', value: '' }] }]],
  ])('replaces an invalid %s (%j) by its default', (key, value) => {
    expect(migrateSettings({ version: 1, [key]: value })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a valid custom profile and choice', () => {
    const profile = { id: 'mine', name: 'Mine', format: 'yaml', body: '{{article}}', filename: '{{title}}', fields: [{ key: 'title', type: 'text', value: '{{title}}' }] };
    const out = migrateSettings({ version: 1, profiles: [profile], activeProfile: 'mine', shortcutAction: 'save-directly' });
    expect(out.profiles).toEqual([profile]);
    expect(out.shortcutAction).toBe('save-directly');
  });

  it('resets settings from a newer version it cannot read', () => {
    expect(migrateSettings({ version: SETTINGS_VERSION + 1, saveAs: true })).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to the first profile when the active one is gone', () => {
    expect(activeProfile({ ...DEFAULT_SETTINGS, activeProfile: 'missing' }).id).toBe('hugo-mainroad');
  });

  it('does not share objects with the defaults', () => {
    const out = migrateSettings({});
    out.profiles[0].fields[0].key = 'changed';
    expect(DEFAULT_SETTINGS.profiles[0].fields[0].key).toBe('title');
  });
});
