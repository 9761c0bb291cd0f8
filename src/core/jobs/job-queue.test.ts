import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { cloneServerDatabase, dropServerDatabase } from '../../../test/support/server-template.js';
import { testDeps } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { type Clock, fixedClock } from '../clock.js';
import { createPgPool, kyselyOverPglite, pgliteOptions } from '../db/connect.js';
import type { Db } from '../db/types.js';
import { uuidv7 } from '../ids.js';
import type { Deps } from '../use-case.js';
import {
  enqueueJob,
  type JobHandler,
  jobCounts,
  noHandlerError,
  type RunningJob,
  retryDelayMs,
  runDueJobs,
} from './job-queue.js';
import { startJobWorker } from './job-worker.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
// runDueJobs claims every due job whatever its kind: each test starts from an empty queue.
beforeEach(async () => {
  await sql`DELETE FROM jobs`.execute(database.db);
});

const start = '2027-03-01T09:00:00.000Z';
const minutes = (n: number) => n * 60_000;

function scene(clock = fixedClock(start)) {
  return { clock, deps: testDeps(database, clock) };
}

/** A handler that records each call, so tests see what ran and how often. */
function recording(behaviour: (job: RunningJob) => Promise<void> = async () => undefined) {
  const calls: { payload: Record<string, unknown>; job: RunningJob }[] = [];
  const handler: JobHandler = async (_deps, payload, job) => {
    calls.push({ payload, job });
    await behaviour(job);
  };
  return { handler, calls };
}

async function enqueue(deps: Deps, kind: string, overrides: Partial<Parameters<typeof enqueueJob>[1]> = {}) {
  const id = uuidv7();
  const now = deps.clock.now();
  await enqueueJob(deps.db, { id, kind, payload: { loanId: uuidv7() }, runAt: now, now, ...overrides });
  return id;
}

const row = (id: string) =>
  database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

function gate() {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const opened = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { opened, open, fail };
}

describe('enqueueJob', () => {
  it('enqueues inside the caller transaction: a rolled-back change leaves no job', async () => {
    const { deps } = scene();
    const rolledBack = uuidv7();
    await expect(
      deps.db.transaction().execute(async (trx) => {
        await enqueueJob(trx, {
          id: rolledBack,
          kind: 'loan.arrears',
          runAt: deps.clock.now(),
          now: deps.clock.now(),
        });
        throw new Error('the business rule refused the change');
      }),
    ).rejects.toThrow('business rule');
    const committed = uuidv7();
    await deps.db.transaction().execute(async (trx) => {
      await enqueueJob(trx, {
        id: committed,
        kind: 'loan.arrears',
        runAt: deps.clock.now(),
        now: deps.clock.now(),
      });
    });

    const ids = await deps.db.selectFrom('jobs').select('id').execute();
    expect(ids.map((r) => r.id)).toEqual([committed]);
    expect(await row(committed)).toMatchObject({
      payload: {},
      attempts: 0,
      max_attempts: 5,
      dedupe_key: null,
    });
  });

  it('enqueues once per dedupe key, even after the first job has completed', async () => {
    const { deps } = scene();
    const job = { kind: 'appointment.reminder', runAt: deps.clock.now(), now: deps.clock.now() };
    const dedupeKey = 'appointment-reminder:A1:2027-03-02';
    expect(await enqueueJob(deps.db, { ...job, id: uuidv7(), dedupeKey })).toBe(true);
    expect(await enqueueJob(deps.db, { ...job, id: uuidv7(), dedupeKey })).toBe(false);
    const { handler, calls } = recording();
    await runDueJobs(deps, { 'appointment.reminder': handler });
    expect(await enqueueJob(deps.db, { ...job, id: uuidv7(), dedupeKey })).toBe(false);
    expect(
      await enqueueJob(deps.db, { ...job, id: uuidv7(), dedupeKey: 'appointment-reminder:A1:2027-03-09' }),
    ).toBe(true);
    expect(calls).toHaveLength(1);
    expect(await jobCounts(deps.db)).toEqual({ pending: 1, failed: 0, completed: 1 });
  });

  it('refuses a job that could never run', async () => {
    const { deps } = scene();
    await expect(enqueue(deps, 'x', { maxAttempts: 0 })).rejects.toThrow(/maxAttempts/);
  });
});

describe('runDueJobs', () => {
  it('runs a job only once its time has come, then never again', async () => {
    const { deps, clock } = scene();
    const id = await enqueue(deps, 'loan.arrears', {
      payload: { loanId: 'L-1' },
      runAt: new Date(clock.now().getTime() + minutes(60)),
    });
    const { handler, calls } = recording();
    const handlers = { 'loan.arrears': handler };

    expect(await runDueJobs(deps, handlers)).toEqual({ completed: 0, failed: 0, retried: 0 });
    clock.advance(minutes(59));
    expect(await runDueJobs(deps, handlers)).toEqual({ completed: 0, failed: 0, retried: 0 });
    expect(calls).toHaveLength(0);

    clock.advance(minutes(1));
    expect(await runDueJobs(deps, handlers)).toEqual({ completed: 1, failed: 0, retried: 0 });
    expect(calls).toEqual([
      {
        payload: { loanId: 'L-1' },
        job: { id, kind: 'loan.arrears', attempts: 1, runAt: new Date('2027-03-01T10:00:00.000Z') },
      },
    ]);
    expect(await row(id)).toMatchObject({
      completed_at: new Date('2027-03-01T10:00:00.000Z'),
      failed_at: null,
      locked_until: null,
      attempts: 1,
      last_error: null,
    });

    clock.advance(minutes(24 * 60));
    expect(await runDueJobs(deps, handlers)).toEqual({ completed: 0, failed: 0, retried: 0 });
    expect(calls).toHaveLength(1);
    expect(await jobCounts(deps.db)).toEqual({ pending: 0, failed: 0, completed: 1 });
  });

  it('runs due jobs oldest first, one batch of `limit` at a time', async () => {
    const { deps, clock } = scene();
    const base = clock.now().getTime();
    const late = await enqueue(deps, 'k', { runAt: new Date(base - minutes(1)) });
    const early = await enqueue(deps, 'k', { runAt: new Date(base - minutes(3)) });
    const middle = await enqueue(deps, 'k', { runAt: new Date(base - minutes(2)) });
    const { handler, calls } = recording();

    expect(await runDueJobs(deps, { k: handler }, { limit: 2 })).toEqual({
      completed: 2,
      failed: 0,
      retried: 0,
    });
    expect(calls.map((c) => c.job.id)).toEqual([early, middle]);
    expect(await runDueJobs(deps, { k: handler }, { limit: 2 })).toEqual({
      completed: 1,
      failed: 0,
      retried: 0,
    });
    expect(calls.map((c) => c.job.id)).toEqual([early, middle, late]);
  });

  it('retries a failing job with a growing delay, then fails it for good keeping only the message', async () => {
    const { deps, clock } = scene();
    const longMessage = `SMTP refused: ${'x'.repeat(600)}`;
    const id = await enqueue(deps, 'session.reminder', {
      payload: { sessionId: 'S-secret-id' },
      maxAttempts: 3,
    });
    const { handler, calls } = recording(async () => {
      throw Object.assign(new Error(longMessage), { payload: 'S-secret-id' });
    });
    const handlers = { 'session.reminder': handler };

    expect(await runDueJobs(deps, handlers)).toEqual({ completed: 0, failed: 0, retried: 1 });
    const afterFirst = await row(id);
    expect(afterFirst).toMatchObject({
      attempts: 1,
      run_at: new Date('2027-03-01T09:00:30.000Z'),
      locked_until: null,
      failed_at: null,
      completed_at: null,
    });
    expect(afterFirst.last_error).toBe(longMessage.slice(0, 500));

    clock.advance(29_000);
    expect(await runDueJobs(deps, handlers)).toEqual({ completed: 0, failed: 0, retried: 0 });
    clock.advance(1_000);
    expect(await runDueJobs(deps, handlers)).toEqual({ completed: 0, failed: 0, retried: 1 });
    expect((await row(id)).run_at).toEqual(new Date('2027-03-01T09:01:30.000Z'));

    clock.advance(60_000);
    expect(await runDueJobs(deps, handlers)).toEqual({ completed: 0, failed: 1, retried: 0 });
    const failed = await row(id);
    expect(failed).toMatchObject({
      attempts: 3,
      failed_at: new Date('2027-03-01T09:01:30.000Z'),
      locked_until: null,
    });
    expect(failed.last_error).toHaveLength(500);
    expect(failed.last_error).not.toContain('S-secret-id');

    clock.advance(minutes(24 * 60));
    expect(await runDueJobs(deps, handlers)).toEqual({ completed: 0, failed: 0, retried: 0 });
    expect(calls.map((c) => c.job.attempts)).toEqual([1, 2, 3]);
    expect(await jobCounts(deps.db)).toEqual({ pending: 0, failed: 1, completed: 0 });
  });

  it('waits 30 s after the first failure, doubling up to one hour', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map(retryDelayMs)).toEqual([
      30_000, 60_000, 120_000, 240_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
  });

  it('stores a thrown non-Error as its text', async () => {
    const { deps } = scene();
    const id = await enqueue(deps, 'k', { maxAttempts: 1 });
    await runDueJobs(deps, {
      k: async () => {
        throw 'mail server unreachable';
      },
    });
    expect(await row(id)).toMatchObject({ last_error: 'mail server unreachable', attempts: 1 });
  });

  it('fails a job of an unknown kind at once, and still runs the others', async () => {
    const { deps } = scene();
    const unknown = await enqueue(deps, 'loan.renamed-kind', { maxAttempts: 5 });
    const known = await enqueue(deps, 'loan.arrears');
    const { handler, calls } = recording();

    expect(await runDueJobs(deps, { 'loan.arrears': handler })).toEqual({
      completed: 1,
      failed: 1,
      retried: 0,
    });
    expect(await row(unknown)).toMatchObject({
      last_error: noHandlerError,
      failed_at: new Date(start),
      attempts: 1,
      completed_at: null,
    });
    expect(calls.map((c) => c.job.id)).toEqual([known]);
  });

  it('does not hand a running job to a second worker, but takes it back once its lock has expired', async () => {
    const clock = fixedClock(start);
    const first = scene(clock);
    const second = scene(clock);
    const id = await enqueue(first.deps, 'appointment.reminder');
    const started = gate();
    const release = gate();
    const firstRun = runDueJobs(
      first.deps,
      {
        'appointment.reminder': async () => {
          started.open();
          await release.opened;
        },
      },
      { lockSeconds: 120 },
    );
    await started.opened;
    expect(await row(id)).toMatchObject({ attempts: 1, locked_until: new Date('2027-03-01T09:02:00.000Z') });

    const { handler, calls } = recording();
    clock.advance(119_000);
    expect(await runDueJobs(second.deps, { 'appointment.reminder': handler })).toEqual({
      completed: 0,
      failed: 0,
      retried: 0,
    });

    // The first worker is stuck (or its process died): once the lock expires, the job runs again.
    clock.advance(1_000);
    expect(await runDueJobs(second.deps, { 'appointment.reminder': handler })).toEqual({
      completed: 1,
      failed: 0,
      retried: 0,
    });
    expect(calls.map((c) => c.job.attempts)).toEqual([2]);
    const completedAt = new Date('2027-03-01T09:02:00.000Z');
    expect(await row(id)).toMatchObject({ completed_at: completedAt, attempts: 2 });

    // The overtaken worker's late failure must not reopen a job that has been done.
    clock.advance(minutes(5));
    release.fail(new Error('too late'));
    expect(await firstRun).toEqual({ completed: 0, failed: 0, retried: 0 });
    expect(await row(id)).toMatchObject({ completed_at: completedAt, last_error: null, locked_until: null });
  });

  it('leaves a taken-over job to the run that holds its lock when the overtaken run fails late', async () => {
    const clock = fixedClock(start);
    const id = await enqueue(scene(clock).deps, 'k');
    const blockingRun = () => {
      const started = gate();
      const release = gate();
      const run = runDueJobs(
        scene(clock).deps,
        {
          k: async () => {
            started.open();
            await release.opened;
          },
        },
        { lockSeconds: 60 },
      );
      return { started, release, run };
    };
    const overtaken = blockingRun();
    await overtaken.started.opened;
    clock.advance(60_000);
    const current = blockingRun();
    await current.started.opened;
    const lease = {
      attempts: 2,
      locked_until: new Date('2027-03-01T09:02:00.000Z'),
      run_at: new Date(start),
    };
    expect(await row(id)).toMatchObject(lease);

    overtaken.release.fail(new Error('gave up'));
    expect(await overtaken.run).toEqual({ completed: 0, failed: 0, retried: 0 });
    expect(await row(id)).toMatchObject({ ...lease, last_error: null, completed_at: null });

    current.release.open();
    expect(await current.run).toEqual({ completed: 1, failed: 0, retried: 0 });
    expect(await row(id)).toMatchObject({
      completed_at: new Date('2027-03-01T09:01:00.000Z'),
      locked_until: null,
    });
  });

  it('gives each job to exactly one of two workers running at the same time', async () => {
    const clock = fixedClock(start);
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) ids.add(await enqueue(scene(clock).deps, 'k'));
    const ran: string[] = [];
    const handler: JobHandler = async (_deps, _payload, job) => {
      ran.push(job.id);
    };

    const summaries = await Promise.all([
      runDueJobs(scene(clock).deps, { k: handler }, { limit: 15 }),
      runDueJobs(scene(clock).deps, { k: handler }, { limit: 15 }),
    ]);
    expect(summaries[0].completed + summaries[1].completed).toBe(20);
    expect(ran.toSorted()).toEqual([...ids].toSorted());
  });

  it.runIf(inject('testDatabase').engine === 'postgres')(
    'skips a job whose row another transaction holds locked, instead of waiting for it',
    async () => {
      const { deps } = scene();
      const held = await enqueue(deps, 'k');
      const free = await enqueue(deps, 'k');
      const locked = gate();
      const release = gate();
      const holder = deps.db.transaction().execute(async (trx) => {
        await sql`SELECT id FROM jobs WHERE id = ${held} FOR UPDATE`.execute(trx);
        locked.open();
        await release.opened;
      });
      await locked.opened;
      const { handler, calls } = recording();
      try {
        expect(await runDueJobs(deps, { k: handler })).toEqual({ completed: 1, failed: 0, retried: 0 });
        expect(calls.map((c) => c.job.id)).toEqual([free]);
      } finally {
        release.open();
        await holder;
      }
      expect(await runDueJobs(deps, { k: handler })).toEqual({ completed: 1, failed: 0, retried: 0 });
      expect(calls.map((c) => c.job.id)).toEqual([free, held]);
    },
  );
});

describe('startJobWorker', () => {
  it('polls until stopped, logs a failed run without its details and keeps going', async () => {
    const clock = fixedClock(start);
    let failNextRead = true;
    const flakyClock: Clock = {
      now: () => {
        if (failNextRead) {
          failNextRead = false;
          throw new Error('connection terminated');
        }
        return clock.now();
      },
    };
    const deps = testDeps(database, flakyClock);
    const id = await enqueue(testDeps(database, clock), 'k');
    const logged: { obj: object; msg: string }[] = [];
    const { handler, calls } = recording();
    const worker = startJobWorker(
      deps,
      { k: handler },
      { intervalMs: 10, logger: { error: (obj, msg) => logged.push({ obj, msg }) } },
    );
    try {
      await vi.waitFor(async () => expect((await row(id)).completed_at).toEqual(new Date(start)), {
        timeout: 10_000,
        interval: 20,
      });
    } finally {
      await worker.stop();
    }
    expect(logged).toEqual([{ obj: { error: 'connection terminated' }, msg: 'background jobs run failed' }]);
    expect(calls).toHaveLength(1);
  });

  it('stop() waits for the job in progress, and nothing runs afterwards', async () => {
    const { deps, clock } = scene();
    const first = await enqueue(deps, 'k');
    const started = gate();
    const release = gate();
    const ran: string[] = [];
    const worker = startJobWorker(
      deps,
      {
        k: async (_deps, _payload, job) => {
          started.open();
          await release.opened;
          ran.push(job.id);
        },
      },
      { intervalMs: 10 },
    );
    await started.opened;
    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release.open();
    await stopping;
    expect(ran).toEqual([first]);
    expect((await row(first)).completed_at).toEqual(clock.now());

    const later = await enqueue(deps, 'k');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await row(later)).attempts).toBe(0);
  });
});

/** A database that can be closed and opened again, as across a restart of the process. */
async function restartableDatabase(): Promise<{ open(): Promise<Db>; dispose(): Promise<void> }> {
  const provided = inject('testDatabase');
  if (provided.engine === 'postgres') {
    const name = `passerelle_test_${randomBytes(6).toString('hex')}`;
    const url = await cloneServerDatabase(provided.databaseUrl, provided.template, name);
    return {
      open: async () => new Kysely({ dialect: new PostgresDialect({ pool: createPgPool(url, 2) }) }) as Db,
      dispose: () => dropServerDatabase(provided.databaseUrl, name),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-jobs-'));
  let loaded = false;
  return {
    open: async () => {
      const loadDataDir = loaded ? undefined : new Blob([readFileSync(provided.dumpPath)]);
      loaded = true;
      return kyselyOverPglite(await PGlite.create({ dataDir, loadDataDir, ...pgliteOptions }));
    },
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

describe('across a restart', () => {
  it('runs the jobs enqueued before, and takes back the one a dead process was running', async () => {
    const storage = await restartableDatabase();
    try {
      const clock = fixedClock(start);
      const before = await storage.open();
      const beforeDeps = { ...testDeps(database, clock), db: before };
      const reminder = uuidv7();
      await before.transaction().execute(async (trx) => {
        await enqueueJob(trx, {
          id: reminder,
          kind: 'appointment.reminder',
          payload: { appointmentId: 'A-7' },
          runAt: new Date(clock.now().getTime() + minutes(60)),
          now: clock.now(),
          dedupeKey: 'appointment-reminder:A-7',
        });
      });
      const interrupted = await enqueue(beforeDeps, 'loan.arrears');
      const started = gate();
      // The process dies while this handler runs: it never finishes.
      void runDueJobs(beforeDeps, {
        'loan.arrears': async () => {
          started.open();
          await new Promise(() => undefined);
        },
      });
      await started.opened;
      await before.destroy();

      const after = await storage.open();
      try {
        const laterClock = fixedClock('2027-03-01T10:00:00.000Z');
        const afterDeps = { ...testDeps(database, laterClock), db: after };
        const { handler, calls } = recording();
        expect(
          await runDueJobs(afterDeps, { 'appointment.reminder': handler, 'loan.arrears': handler }),
        ).toEqual({
          completed: 2,
          failed: 0,
          retried: 0,
        });
        expect(calls.map((c) => [c.job.id, c.job.attempts, c.payload])).toEqual([
          [interrupted, 2, expect.objectContaining({ loanId: expect.any(String) })],
          [reminder, 1, { appointmentId: 'A-7' }],
        ]);
      } finally {
        await after.destroy();
      }
    } finally {
      await storage.dispose();
    }
  });
});
