// A page with no article: the popup says so and offers the whole page or the selection.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { savedFile } from './helpers/downloads';
import { closeAllPages, launchWithExtension, type Launched } from './helpers/launch';
import { openPopup, waitForOutcome } from './helpers/popup';
import { servePages, type Served } from './helpers/serve';
import { clickToolbarButton } from './helpers/trigger';

const NAV_PAGE = `<!doctype html><html lang="en"><head><title>Links</title></head><body>
<nav><a href="/a">Home</a> <a href="/b">World</a> <a href="/c">Sport</a></nav>
<p id="welcome">Welcome to our little site.</p></body></html>`;

let browser: Launched;
let server: Served;

beforeAll(async () => {
  server = await servePages({ '/nav.html': NAV_PAGE });
  browser = await launchWithExtension();
});

afterEach(() => closeAllPages(browser));

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a page that is not an article', () => {
  it('says no article was found, and Clip whole page saves the page text', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/nav.html'));
    const popup = await openPopup(browser, await clickToolbarButton(browser, page));
    expect(await waitForOutcome(popup)).toBe('problem: No article found on this page.');
    expect(await popup.isDisabled('#save')).toBe(true);
    expect(await popup.isDisabled('#clip-selection')).toBe(true);
    await popup.click('#clip-page');
    expect(await waitForOutcome(popup)).toBe('form');
    expect(await popup.inputValue('#body')).toContain('Welcome to our little site.');
    await popup.click('#save');
    const saved = await savedFile(browser, popup);
    expect(saved.text).toMatch(/^---\n[\s\S]*\n---\n\n[\s\S]*Welcome to our little site\./);
    await popup.close();
    await page.close();
  });

  it('offers Clip selection when text is selected, and clips only the selection', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/nav.html'));
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('welcome') as HTMLElement);
      getSelection()?.addRange(range);
    });
    const popup = await openPopup(browser, await clickToolbarButton(browser, page));
    expect(await waitForOutcome(popup)).toBe('problem: No article found on this page.');
    expect(await popup.isEnabled('#clip-selection')).toBe(true);
    await popup.click('#clip-selection');
    expect(await waitForOutcome(popup)).toBe('form');
    const body = await popup.inputValue('#body');
    expect(body).toContain('Welcome to our little site.');
    expect(body).not.toContain('Sport');
    await popup.close();
    await page.close();
  });
});
