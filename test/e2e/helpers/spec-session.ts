// One Chromium with the built extension, and the spec page served on loopback, for the
// tests of one file: hooks registered here, fields filled before the first test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { closeAllPages, launchWithExtension, type Launched } from './launch';
import { specDir } from './paths';
import { servePages, type Served } from './serve';

export interface SpecSession {
  browser: Launched;
  server: Served;
}

export function useSpecSession(): SpecSession {
  const session = {} as SpecSession;
  beforeAll(async () => {
    session.server = await servePages({ '/article.html': readFileSync(join(specDir, 'article-page.html'), 'utf8') });
    session.browser = await launchWithExtension();
  });
  afterEach(() => closeAllPages(session.browser));
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
