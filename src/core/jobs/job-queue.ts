import type { Executor } from '../db/types.js';
import type { Deps } from '../use-case.js';
import './tables.js';

/**
 * A persistent job queue in our own database (ADR 6). Delivery is at least once: a worker that dies
 * mid-job, or a handler that outlives its lock, means the job runs again, so handlers must be
 * idempotent (check the state they act on, enqueue follow-ups with dedupe keys).
 */

export interface NewJob {
  id: string;
  kind: string;
  /**
   * Ids only (a loan id, an appointment id), never personal or sensitive data: rows outlive the
   * request, are shown to operators and are not audited. The handler reads the current data itself.
   */
  payload?: Record<string, unknown>;
  runAt: Date;
  now: Date;
  /**
   * Enqueues at most once for this key, ever (completed and failed jobs keep it): name the
   * occurrence, e.g. `loan-arrears:<loanId>:<dueDate>`, not just the record.
   */
  dedupeKey?: string;
  maxAttempts?: number;
}

export interface RunningJob {
  id: string;
  kind: string;
  /** Including this run: 1 on the first run. */
  attempts: number;
  runAt: Date;
}

export type JobHandler = (deps: Deps, payload: Record<string, unknown>, job: RunningJob) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

/** Jobs whose state this run changed; a run overtaken by another (its lease ran out) counts nothing. */
export interface RunSummary {
  completed: number;
  failed: number;
  retried: number;
}

export const noHandlerError = 'no handler for kind';
const lastErrorMaxLength = 500;
const firstRetryDelayMs = 30_000;
const maxRetryDelayMs = 60 * 60_000;

/**
 * Pass the caller's transaction: the job then exists only if the business change commits.
 * Returns false when a job with the same dedupe key already exists.
 */
/**
 * A recurring daily job (a reminder sweep) for `day` at `hourUtc`, or at once if that hour has passed.
 * The dedupe key makes it safe to schedule at every start and again from the sweep itself.
 */
export function scheduleDailyJob(deps: Deps, kind: string, hourUtc: number, day: string): Promise<boolean> {
  const now = deps.clock.now();
  const at = new Date(`${day}T${String(hourUtc).padStart(2, '0')}:00:00Z`);
  return enqueueJob(deps.db, {
    id: deps.newId(),
    kind,
    payload: { day },
    runAt: at < now ? now : at,
    now,
    dedupeKey: `${kind}:${day}`,
  });
}

export async function enqueueJob(db: Executor, job: NewJob): Promise<boolean> {
  const maxAttempts = job.maxAttempts ?? 5;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
    throw new Error('maxAttempts must be a positive integer');
  const inserted = await db
    .insertInto('jobs')
    .values({
      id: job.id,
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      run_at: job.runAt,
      max_attempts: maxAttempts,
      dedupe_key: job.dedupeKey ?? null,
      created_at: job.now,
    })
    .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
    .returning('id')
    .execute();
  return inserted.length === 1;
}

/** 30 s after the first failed attempt, doubling each time, never more than an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(firstRetryDelayMs * 2 ** Math.max(0, attempts - 1), maxRetryDelayMs);
}

/**
 * Claims the due jobs (oldest first) and runs them one after the other. A claim is a lock lease
 * (`locked_until`) committed at once, not an open transaction, so a handler may open its own
 * transactions; the lease must cover the whole batch (limit × a handler's duration), or another
 * worker takes the jobs whose lease ran out.
 */
export async function runDueJobs(
  deps: Deps,
  handlers: JobHandlers,
  options: { limit?: number; lockSeconds?: number } = {},
): Promise<RunSummary> {
  const limit = options.limit ?? 10;
  const lockSeconds = options.lockSeconds ?? 300;
  const now = deps.clock.now();
  const claimed = await deps.db
    .updateTable('jobs')
    .set((eb) => ({
      locked_until: new Date(now.getTime() + lockSeconds * 1000),
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('jobs')
        .select('id')
        .where('run_at', '<=', now)
        .where('completed_at', 'is', null)
        .where('failed_at', 'is', null)
        .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<=', now)]))
        .orderBy('run_at')
        .orderBy('id')
        .limit(limit)
        // Two workers never wait for each other nor take the same job.
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'kind', 'payload', 'attempts', 'max_attempts', 'run_at'])
    .execute();
  // RETURNING keeps no order.
  claimed.sort((a, b) => a.run_at.getTime() - b.run_at.getTime() || a.id.localeCompare(b.id));

  const summary: RunSummary = { completed: 0, failed: 0, retried: 0 };
  for (const job of claimed) {
    const handler = handlers[job.kind];
    if (!handler) {
      if (await recordFailure(deps, job, noHandlerError, true)) summary.failed++;
      continue;
    }
    try {
      await handler(deps, job.payload, {
        id: job.id,
        kind: job.kind,
        attempts: job.attempts,
        runAt: job.run_at,
      });
    } catch (error) {
      const permanently = job.attempts >= job.max_attempts;
      if (await recordFailure(deps, job, messageOf(error), permanently))
        summary[permanently ? 'failed' : 'retried']++;
      continue;
    }
    // Whoever finishes the work first closes the job, even past its lease.
    const closed = await deps.db
      .updateTable('jobs')
      .set({ completed_at: deps.clock.now(), locked_until: null })
      .where('id', '=', job.id)
      .where('completed_at', 'is', null)
      .where('failed_at', 'is', null)
      .returning('id')
      .execute();
    if (closed.length > 0) summary.completed++;
  }
  return summary;
}

async function recordFailure(
  deps: Deps,
  job: { id: string; attempts: number },
  message: string,
  permanently: boolean,
): Promise<boolean> {
  const now = deps.clock.now();
  const recorded = await deps.db
    .updateTable('jobs')
    .set({
      last_error: message,
      locked_until: null,
      ...(permanently
        ? { failed_at: now }
        : { run_at: new Date(now.getTime() + retryDelayMs(job.attempts)) }),
    })
    // A worker whose lease ran out and was overtaken by another run leaves the job to that run.
    .where('id', '=', job.id)
    .where('attempts', '=', job.attempts)
    .where('completed_at', 'is', null)
    .where('failed_at', 'is', null)
    .returning('id')
    .execute();
  return recorded.length > 0;
}

/** The message only: a stack or the error's other fields could carry the data the handler read. */
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const codePoints = [...message];
  return codePoints.length > lastErrorMaxLength ? codePoints.slice(0, lastErrorMaxLength).join('') : message;
}

export interface JobCounts {
  /** Waiting for their time, waiting for a retry, or running. */
  pending: number;
  failed: number;
  completed: number;
}

export async function jobCounts(db: Executor): Promise<JobCounts> {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => [
      eb.fn
        .countAll<number>()
        .filterWhere((w) => w.and([w('completed_at', 'is', null), w('failed_at', 'is', null)]))
        .as('pending'),
      eb.fn.countAll<number>().filterWhere('failed_at', 'is not', null).as('failed'),
      eb.fn.countAll<number>().filterWhere('completed_at', 'is not', null).as('completed'),
    ])
    .executeTakeFirstOrThrow();
  return { pending: Number(row.pending), failed: Number(row.failed), completed: Number(row.completed) };
}
