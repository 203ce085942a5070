// Keeps docs/popup.png current: the popup filled from the spec page, as users see it.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from './helpers/paths';
import { openPopup, waitForOutcome } from './helpers/popup';
import { useSpecSession } from './helpers/spec-session';
import { clickToolbarButton } from './helpers/trigger';

const session = useSpecSession();

it('writes docs/popup.png of the filled popup', async () => {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url('/article.html'));
  const popup = await openPopup(session.browser, await clickToolbarButton(session.browser, page));
  // Only a filled form is worth documenting; an error screen must not replace the picture.
  expect(await waitForOutcome(popup)).toBe('form');
  const out = join(repoRoot, 'docs/popup.png');
  mkdirSync(join(repoRoot, 'docs'), { recursive: true });
  await popup.screenshot({ path: out, fullPage: true });
  expect(statSync(out).size).toBeGreaterThan(10_000);
});
