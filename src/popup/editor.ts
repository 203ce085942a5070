// The editing stage: fills the generated form, keeps the draft on every edit,
// follows the title with the file name until the user names the file, and wires
// Save / Copy / Discard and Ctrl/Cmd+Enter.
import { copyText } from '../platform/clipboard';
import { describeCount } from './counts';
import { showBody, wireBodyView } from './body-view';
import { byId } from './dom';
import { discardDraft, explainDraftFailure, storeDraft } from './draft';
import type { FormState } from './field-values';
import { buildFields, readState, writeState } from './form';
import { filenameForTitle, postText, type ClipModel } from './post';
import { saveClip } from './save';
import { setActionsEnabled, setStatus, showForm, showNotice } from './view';

let model: ClipModel | null = null;
let filenameTouched = false;

function current(): ClipModel {
  if (!model) throw new Error('The form is not filled yet.');
  return model;
}

// Above this many characters the count waits for a pause in typing (counting 10 MB takes tens of ms).
const COUNT_AT_ONCE_CHARS = 500_000;
const COUNT_PAUSE_MS = 300;
let countTimer: ReturnType<typeof setTimeout> | undefined;

function updateCount(): void {
  clearTimeout(countTimer);
  countTimer = undefined;
  byId('counts').textContent = describeCount(byId<HTMLTextAreaElement>('body').value);
}

function updateCountSoon(): void {
  if (byId<HTMLTextAreaElement>('body').value.length < COUNT_AT_ONCE_CHARS) return updateCount();
  clearTimeout(countTimer);
  countTimer = setTimeout(updateCount, COUNT_PAUSE_MS);
}

export function openEditor(next: ClipModel, state: FormState, notice: string, saveAtOnce = false): void {
  model = next;
  filenameTouched = false;
  buildFields(byId('fields'), next.fields, next.sources);
  writeState(byId('fields'), state);
  showBody(state.body.length);
  updateCount();
  showNotice(notice);
  showForm();
  setActionsEnabled(true);
  setStatus('');
  // Start the keyboard user at the first field; Tab then follows the form's order.
  byId('fields').querySelector<HTMLInputElement>('input')?.focus();
  // "Save directly": the form stays on screen, so the user sees what was saved and where.
  if (saveAtOnce) save().catch((error: unknown) => setStatus(error instanceof Error ? error.message : String(error), 'error'));
}

function persistDraft(): void {
  const m = current();
  const draft = { url: m.url, tabId: m.tabId, frontMatter: m.frontMatter, sources: m.sources, state: readState(byId('fields')), savedAt: Date.now() };
  // The form still holds every edit; only the safety copy failed.
  storeDraft(draft).catch((error: unknown) => setStatus(explainDraftFailure(error), 'error'));
}

function onEdit(event: Event): void {
  if (!model) return;
  const target = event.target as HTMLElement;
  if (target.id === 'filename') filenameTouched = true;
  if (target instanceof HTMLInputElement && target.dataset.key === 'title' && !filenameTouched) {
    byId<HTMLInputElement>('filename').value = filenameForTitle(target.value, model.filenameMaxLength);
  }
  if (target.id === 'body') updateCountSoon();
  persistDraft();
}

async function save(): Promise<void> {
  const form = byId<HTMLFormElement>('clip-form');
  if (!form.reportValidity()) {
    setStatus('Please fix the highlighted field first.', 'error');
    return;
  }
  setActionsEnabled(false);
  try {
    await saveClip(current(), readState(byId('fields')));
  } finally {
    setActionsEnabled(true);
  }
}

async function copy(): Promise<void> {
  const text = postText(current(), readState(byId('fields')));
  await copyText(text);
  setStatus(`Copied ${describeCount(text)} to the clipboard.`);
}

/** Attaches the listeners once; they act on whichever clip is open. */
export function wireEditor(onDiscarded: () => void): void {
  const form = byId<HTMLFormElement>('clip-form');
  wireBodyView();
  const report = (error: unknown) => setStatus(error instanceof Error ? error.message : String(error), 'error');
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save().catch(report);
  });
  // On the document, not the form: the shortcut works wherever the focus is.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !form.hidden) {
      event.preventDefault();
      if (!byId<HTMLButtonElement>('save').disabled) save().catch(report);
    }
  });
  byId('copy').addEventListener('click', () => copy().catch(report));
  byId('discard').addEventListener('click', () => {
    const m = current();
    setActionsEnabled(false);
    discardDraft(m.tabId, m.url).then(() => {
      model = null;
      onDiscarded();
    }, report);
  });
}
