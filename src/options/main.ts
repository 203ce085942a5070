// Options page: a few settings saved on change, the active profile shown read only,
// and the way to the browser's shortcut settings.
import { loadSettings, saveSettings } from '../platform/settings-store';
import { currentShortcut, openShortcutSettings, shortcutHint } from '../platform/shortcuts';
import { activeProfile, type Settings } from '../settings/schema';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`options.html lacks #${id}`);
  return el as T;
}

function showProfile(settings: Settings): void {
  const profile = activeProfile(settings);
  byId('profile-name').textContent = profile.name;
  const body = byId('profile-fields').querySelector('tbody');
  if (!body) throw new Error('options.html lacks the profile table body');
  for (const field of profile.fields) {
    const row = body.insertRow();
    const value = Array.isArray(field.value) ? field.value.join(', ') : String(field.value);
    for (const text of [field.key, field.type, value]) row.insertCell().textContent = text;
  }
}

function readInteger(input: HTMLInputElement, fallback: number): number {
  const n = Number.parseInt(input.value, 10);
  return input.checkValidity() && Number.isFinite(n) ? n : fallback;
}

async function main(): Promise<void> {
  const settings = await loadSettings();
  const saveAs = byId<HTMLInputElement>('saveAs');
  const maxLength = byId<HTMLInputElement>('filenameMaxLength');
  const summaryWords = byId<HTMLInputElement>('summaryWords');
  const shortcutAction = byId<HTMLSelectElement>('shortcutAction');
  const status = byId('options-status');
  saveAs.checked = settings.saveAs;
  maxLength.value = String(settings.filenameMaxLength);
  summaryWords.value = String(settings.summaryWords);
  shortcutAction.value = settings.shortcutAction;
  showProfile(settings);

  byId('options').addEventListener('change', () => {
    const next: Settings = {
      ...settings,
      saveAs: saveAs.checked,
      filenameMaxLength: readInteger(maxLength, settings.filenameMaxLength),
      summaryWords: readInteger(summaryWords, settings.summaryWords),
      shortcutAction: shortcutAction.value === 'save-directly' ? 'save-directly' : 'open-popup',
    };
    Object.assign(settings, next);
    saveSettings(next).then(
      () => (status.textContent = 'Saved.'),
      (error: unknown) => (status.textContent = `Could not save: ${String(error)}`),
    );
  });

  byId('shortcut').textContent = (await currentShortcut()) || 'not set';
  byId('shortcut-hint').textContent = shortcutHint();
  byId('open-shortcuts').addEventListener('click', () => {
    openShortcutSettings().catch((error: unknown) => (status.textContent = `Could not open the shortcut settings: ${String(error)}`));
  });
}

main().catch((error: unknown) => {
  byId('options-status').textContent = `Could not load the settings: ${error instanceof Error ? error.message : String(error)}`;
});
