// Pure conversions between front-matter values and form inputs. An input the user
// did not change gives back the original value untouched, so an unedited form
// renders exactly the file the core produced.
import type { FieldType, ProfileField } from '../settings/schema';

/** What each input holds: text for text/datetime/list fields, a flag for checkboxes. */
export type InputValue = string | boolean;

export interface FormState {
  fields: Record<string, InputValue>;
  filename: string;
  body: string;
}

export function toInputValue(type: FieldType, value: unknown): InputValue {
  if (type === 'boolean') return value === true;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => String(item)).join(', ');
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

export function fromInputValue(type: FieldType, input: InputValue, original: unknown): unknown {
  if (original !== undefined && toInputValue(type, original) === input) return original;
  if (type === 'boolean') return input === true;
  const text = String(input);
  if (type === 'list') return text.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return text;
}

/** Front matter from the form, in the original key order; profile fields missing from it are appended. */
export function frontMatterFromForm(
  original: Record<string, unknown>,
  fields: ProfileField[],
  state: FormState,
): Record<string, unknown> {
  const types = new Map(fields.map((f) => [f.key, f.type]));
  const out: Record<string, unknown> = {};
  const keys = [...Object.keys(original), ...fields.map((f) => f.key).filter((k) => !(k in original))];
  for (const key of keys) {
    const type = types.get(key);
    const input = state.fields[key];
    out[key] = type !== undefined && input !== undefined ? fromInputValue(type, input, original[key]) : original[key];
  }
  return out;
}

export function initialFormState(frontMatter: Record<string, unknown>, fields: ProfileField[], filename: string, body: string): FormState {
  const values: Record<string, InputValue> = {};
  for (const field of fields) values[field.key] = toInputValue(field.type, frontMatter[field.key]);
  return { fields: values, filename, body };
}
