// Where the user changes the keyboard shortcut. Firefox (137+) can open its own
// shortcut page; Chrome's lives at a chrome:// URL an extension may open in a tab.
import browser from 'webextension-polyfill';

export function shortcutHint(): string {
  return canOpenShortcutSettings()
    ? 'Change it in the add-on manager (Manage Extension Shortcuts).'
    : 'Change it at chrome://extensions/shortcuts.';
}

function canOpenShortcutSettings(): boolean {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  return typeof commands?.openShortcutSettings === 'function';
}

export async function openShortcutSettings(): Promise<void> {
  if (canOpenShortcutSettings()) {
    await (browser.commands as unknown as { openShortcutSettings: () => Promise<void> }).openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** The shortcut currently bound to opening the popup, '' if none. */
export async function currentShortcut(): Promise<string> {
  const all = await browser.commands.getAll();
  return all.find((c) => c.name === '_execute_action')?.shortcut ?? '';
}
