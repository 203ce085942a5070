// Edits survive closing the popup: reopening on the same tab and URL restores the draft.
import { expect, it } from 'vitest';
import { openPopup, waitForOutcome } from './helpers/popup';
import { useSpecSession } from './helpers/spec-session';
import { clickToolbarButton } from './helpers/trigger';

const session = useSpecSession();

it('restores an edited body after the popup was closed, and Discard clips afresh', async () => {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url('/article.html'));
  const tabId = await clickToolbarButton(session.browser, page);
  const first = await openPopup(session.browser, tabId);
  expect(await waitForOutcome(first)).toBe('form');
  const original = await first.inputValue('#body');
  await first.locator('#body').press('Control+End');
  await first.locator('#body').pressSequentially('\n\nMy own note.');
  await first.close();

  const second = await openPopup(session.browser, tabId);
  expect(await waitForOutcome(second)).toBe('form');
  expect(await second.inputValue('#body')).toBe(`${original}\n\nMy own note.`);
  expect(await second.textContent('#notice')).toContain('Restored your unsaved draft');

  await second.click('#discard');
  await second.waitForFunction(() => document.getElementById('notice')?.hidden === true, undefined, { timeout: 10_000 });
  expect(await waitForOutcome(second)).toBe('form');
  expect(await second.inputValue('#body')).toBe(original);
});
