// What the popup shows: progress, a problem (with optional offers), or the form,
// plus the one-line status. Text only, via textContent.
import { byId } from './dom';

/** Progress replaces whatever was shown, so a stale problem or form never looks current. */
export function showProgress(text: string): void {
  byId('problem').hidden = true;
  byId('clip-form').hidden = true;
  byId('progress').hidden = false;
  byId('progress-text').textContent = text;
}

export function hideProgress(): void {
  byId('progress').hidden = true;
}

/** A plain-words problem; `offers` shows the whole-page / selection buttons. */
export function showProblem(text: string, offers: { page: boolean; selection: boolean } | null = null): void {
  hideProgress();
  byId('clip-form').hidden = true;
  byId('problem').hidden = false;
  byId('problem-text').textContent = text;
  byId('offers').hidden = offers === null;
  byId<HTMLButtonElement>('clip-page').disabled = !offers?.page;
  byId<HTMLButtonElement>('clip-selection').disabled = !offers?.selection;
}

export function showForm(): void {
  hideProgress();
  byId('problem').hidden = true;
  byId('clip-form').hidden = false;
}

export function showNotice(text: string): void {
  const notice = byId('notice');
  notice.textContent = text;
  notice.hidden = text === '';
}

export function setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
  const status = byId('status');
  status.textContent = text;
  status.classList.toggle('error', kind === 'error');
}

export function setActionsEnabled(enabled: boolean): void {
  byId<HTMLButtonElement>('save').disabled = !enabled;
  byId<HTMLButtonElement>('copy').disabled = !enabled;
}
