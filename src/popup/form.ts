// The clip form, generated from the active profile: one labelled input per field
// (label text = the field key), then file name and body. Values go in and out as
// a FormState; the DOM is only touched through value/checked/textContent.
import type { SourceMap } from '../core/types';
import type { ProfileField } from '../settings/schema';
import { byId, el } from './dom';
import { describeFieldSource } from './field-sources';
import type { FormState, InputValue } from './field-values';

const DATETIME_PATTERN = String.raw`\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?`;

function inputFor(field: ProfileField, id: string): HTMLInputElement {
  const input = el('input', { id });
  input.dataset.key = field.key;
  input.name = field.key;
  switch (field.type) {
    case 'boolean':
      input.type = 'checkbox';
      break;
    case 'datetime':
      input.type = 'text';
      input.pattern = DATETIME_PATTERN;
      input.placeholder = 'YYYY-MM-DD HH:mm:ss';
      break;
    case 'list':
      input.type = 'text';
      input.placeholder = 'comma, separated, values';
      break;
    case 'text':
      input.type = 'text';
      break;
  }
  input.spellcheck = field.type === 'text';
  return input;
}

/** Replaces the generated part of the form with one row per profile field. */
export function buildFields(container: HTMLElement, fields: ProfileField[], sources: SourceMap): void {
  container.replaceChildren();
  fields.forEach((field, index) => {
    const id = `field-${index}`;
    const row = el('div', { className: `field field-${field.type}` });
    const label = el('label', { textContent: field.key });
    label.htmlFor = id;
    const input = inputFor(field, id);
    row.append(label, input);
    const source = describeFieldSource(field, sources);
    if (source) {
      input.title = `From ${source}`;
      const hint = el('small', { className: 'source', textContent: `from ${source}` });
      hint.id = `${id}-source`;
      input.setAttribute('aria-describedby', hint.id);
      row.append(hint);
    }
    container.append(row);
  });
}

function fieldInputs(container: HTMLElement): HTMLInputElement[] {
  return [...container.querySelectorAll<HTMLInputElement>('input[data-key]')];
}

export function readState(container: HTMLElement): FormState {
  const fields: Record<string, InputValue> = {};
  for (const input of fieldInputs(container)) {
    const key = input.dataset.key as string;
    fields[key] = input.type === 'checkbox' ? input.checked : input.value;
  }
  return {
    fields,
    filename: byId<HTMLInputElement>('filename').value,
    body: byId<HTMLTextAreaElement>('body').value,
  };
}

export function writeState(container: HTMLElement, state: FormState): void {
  for (const input of fieldInputs(container)) {
    const value = state.fields[input.dataset.key as string];
    if (input.type === 'checkbox') input.checked = value === true;
    else input.value = typeof value === 'string' ? value : '';
  }
  byId<HTMLInputElement>('filename').value = state.filename;
  byId<HTMLTextAreaElement>('body').value = state.body;
}
