import { defineConfig } from 'vitest/config';

/** Browser journeys: the real server in-process, the built web app, Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    pool: 'forks',
    // Two journeys at a time on a two-core machine: each spends most of its time waiting on the other
    // side (the page rendering, or the server answering), so a second one fills the idle core. They wait
    // for states, never for time, so a busy core makes them slower, not red.
    // `.ci/run` runs both engines side by side with one worker each (TEST_WORKERS=1).
    maxWorkers: Number(process.env.TEST_WORKERS ?? 2),
    fileParallelism: true,
    // A worker keeps the server's modules from one journey to the next (each still gets its own database,
    // server and browser): importing them again cost each journey several seconds.
    isolate: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
