// When saving fails the popup says why and keeps the form; the background refuses
// malformed requests even from our own pages.
import { describe, expect, it } from 'vitest';
import { openPopup, waitForOutcome } from './helpers/popup';
import { useSpecSession } from './helpers/spec-session';
import { clickToolbarButton } from './helpers/trigger';

const session = useSpecSession();

describe('failures', () => {
  it('refuses a malformed download request from our own page', async () => {
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    const send = (message: unknown) =>
      popup.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
    expect(await send({ type: 'download', text: 'x', filename: '../../.bashrc.md', saveAs: false })).toEqual({
      ok: false,
      error: 'Refused a malformed download request.',
    });
    expect(await send({ type: 'download', text: 'x', filename: 'a.md', saveAs: false, url: 'https://evil.example/' })).toMatchObject({ ok: false });
    await popup.close();
  });

  it('says why when the download is cancelled, and keeps the edits', async () => {
    // Cancel every download as soon as the session.browser asks for its file name.
    await session.browser.worker.evaluate(() => {
      const c = (globalThis as unknown as { chrome: { downloads: { onDeterminingFilename: { addListener(f: (item: { id: number }) => boolean): void }; cancel(id: number): Promise<void> } } }).chrome;
      c.downloads.onDeterminingFilename.addListener((item) => {
        void c.downloads.cancel(item.id);
        return true;
      });
    });
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/article.html'));
    const popup = await openPopup(session.browser, await clickToolbarButton(session.browser, page));
    expect(await waitForOutcome(popup)).toBe('form');
    await popup.getByLabel('summary', { exact: true }).fill('My own summary');
    await popup.click('#save');
    await popup.waitForFunction(() => document.getElementById('status')?.classList.contains('error'), undefined, { timeout: 10_000 });
    expect(await popup.textContent('#status')).toBe('Not saved: The download was cancelled. Your edits are kept.');
    expect(await popup.getByLabel('summary', { exact: true }).inputValue()).toBe('My own summary');
    expect(await popup.isEnabled('#save')).toBe(true);
  });
});
