import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: two workers, each with its own database per test file. `.ci/run` runs both engines
    // side by side with one worker each (TEST_WORKERS=1).
    maxWorkers: Number(process.env.TEST_WORKERS ?? 2),
    // A worker keeps the modules it imported from one test file to the next (each file still gets its
    // own database): re-importing the server for each of 230 files cost about two minutes of CI.
    isolate: false,
  },
});
