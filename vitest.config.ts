import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup/fast-check-seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests each start their own Chromium/Firefox; two cores here.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
