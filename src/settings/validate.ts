// Stored settings come from disk and older versions: check each value before use,
// so a corrupt entry falls back to its default instead of breaking the popup.
import type { FieldType, Profile, ProfileField } from './schema';

const FIELD_TYPES: FieldType[] = ['text', 'datetime', 'list', 'boolean'];
const SHORTCUT_ACTIONS = ['open-popup', 'save-directly'];

function isField(value: unknown): value is ProfileField {
  if (!value || typeof value !== 'object') return false;
  const f = value as Record<string, unknown>;
  const okValue = typeof f.value === 'string' || typeof f.value === 'boolean' || (Array.isArray(f.value) && f.value.every((v) => typeof v === 'string'));
  return typeof f.key === 'string' && /^[A-Za-z_][\w-]*$/.test(f.key) && FIELD_TYPES.includes(f.type as FieldType) && okValue;
}

export function isProfile(value: unknown): value is Profile {
  if (!value || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  return typeof p.id === 'string' && typeof p.name === 'string' && p.format === 'yaml' && typeof p.body === 'string'
    && typeof p.filename === 'string' && Array.isArray(p.fields) && p.fields.length > 0 && p.fields.every(isField);
}

/** Whether a stored value may replace the default of `key`. */
export function isValidSetting(key: string, value: unknown, fallback: unknown): boolean {
  if (typeof value !== typeof fallback) return false;
  switch (key) {
    case 'profiles': return Array.isArray(value) && value.length > 0 && value.every(isProfile);
    case 'shortcutAction': return SHORTCUT_ACTIONS.includes(value as string);
    case 'filenameMaxLength': return Number.isInteger(value) && (value as number) >= 10 && (value as number) <= 200;
    case 'summaryWords': return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 1000;
    default: return true;
  }
}
