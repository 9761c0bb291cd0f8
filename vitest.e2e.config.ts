import { defineConfig } from 'vitest/config';

/** Browser journeys: the real server in-process, the built web app, Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts', 'test/e2e/support/build-web.ts'],
    pool: 'forks',
    // One browser at a time on a two-core machine.
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
