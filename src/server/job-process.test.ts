import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jobProcessNodeOptions, startJobProcess } from './job-process.js';

const silent = { error: () => undefined, info: () => undefined };

/** A stand-in for jobs-main: appends a line per start to `starts`, then behaves as `body` says. */
function entryScript(body: string) {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-jobs-'));
  const starts = join(dir, 'starts');
  writeFileSync(starts, '');
  const entry = join(dir, 'entry.mjs');
  writeFileSync(
    entry,
    `import { appendFileSync } from 'node:fs';
     appendFileSync(${JSON.stringify(starts)}, process.pid + '\\n');
     ${body}`,
  );
  return {
    entry: pathToFileURL(entry),
    startsOf: () => readFileSync(starts, 'utf8').split('\n').filter(Boolean),
  };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(condition()).toBe(true);
};

describe("the background jobs' process", () => {
  it('keeps the Node options but the heap cap, which belongs to the HTTP process alone', () => {
    expect(
      jobProcessNodeOptions(
        ['--import', 'tsx', '--max-old-space-size=256', '--enable-source-maps'],
        '--max-old-space-size=200  --trace-warnings',
      ),
    ).toEqual({ execArgv: ['--import', 'tsx', '--enable-source-maps'], nodeOptions: '--trace-warnings' });
    expect(jobProcessNodeOptions([], undefined)).toEqual({ execArgv: [], nodeOptions: '' });
  });

  it('is ready when the child says so, and stops with it', async () => {
    const script = entryScript(`
      process.send({ jobs: 'ready' });
      process.on('SIGTERM', () => setTimeout(() => process.exit(0), 50));
      setInterval(() => undefined, 1000);`);
    const jobs = startJobProcess({ entry: script.entry, logger: silent });
    await jobs.ready;
    await jobs.stop();
    const [pid] = script.startsOf();
    // Gone: signalling it fails.
    expect(() => process.kill(Number(pid), 0)).toThrow();
  });

  it('starts the child again when it stops on its own, and says so', async () => {
    const errors: string[] = [];
    const script = entryScript(`process.send({ jobs: 'ready' }); setTimeout(() => process.exit(3), 20);`);
    const jobs = startJobProcess({
      entry: script.entry,
      restartDelayMs: 10,
      logger: { info: () => undefined, error: (_details, message) => errors.push(message) },
    });
    await until(() => script.startsOf().length >= 3);
    await jobs.stop();
    expect(errors[0]).toMatch(/stopped; started again in 10 ms/);
    const count = script.startsOf().length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(script.startsOf().length).toBe(count);
  });
});
