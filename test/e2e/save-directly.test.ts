// The "save at once" setting: opening the clipper saves the post without a click,
// and the form stays on screen to show what went where.
import { basename } from 'node:path';
import { expect, it } from 'vitest';
import type { WithChrome } from './helpers/chrome-api';
import { savedFile } from './helpers/downloads';
import { SPEC_FILENAME } from './helpers/paths';
import { openPopup, waitForOutcome } from './helpers/popup';
import { useSpecSession } from './helpers/spec-session';
import { clickToolbarButton } from './helpers/trigger';
import { wantedOutput } from '../support/wanted-output';

const session = useSpecSession();

it('saves the article as soon as the popup has it when shortcutAction is save-directly', async () => {
  // Stored as an older, unversioned settings object would be: migrateSettings must keep the choice.
  await session.browser.worker.evaluate(() => (globalThis as WithChrome).chrome.storage.local.set({ settings: { shortcutAction: 'save-directly' } }));
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url('/article.html'));
  const popup = await openPopup(session.browser, await clickToolbarButton(session.browser, page));
  expect(await waitForOutcome(popup)).toBe('form');
  const saved = await savedFile(session.browser, popup);
  expect(basename(saved.path)).toBe(SPEC_FILENAME);
  expect(saved.text).toBe(wantedOutput());
});
