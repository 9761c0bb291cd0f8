import type { Deps } from '../use-case.js';
import { type JobHandlers, messageOf, runDueJobs } from './job-queue.js';

export interface JobWorkerOptions {
  intervalMs?: number;
  /** Passed to each run; see `runDueJobs`. */
  limit?: number;
  lockSeconds?: number;
  logger?: { error(obj: object, msg: string): void };
}

export interface JobWorker {
  /** Stops polling and resolves once the run in progress, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * Polls the queue in this process. The next run is scheduled only when the previous one has ended,
 * so runs never overlap; a full batch is followed at once by the next, to drain a backlog (after a
 * restart) without waiting. The timer does not keep the process alive.
 */
export function startJobWorker(deps: Deps, handlers: JobHandlers, options: JobWorkerOptions = {}): JobWorker {
  const intervalMs = options.intervalMs ?? 5_000;
  const limit = options.limit ?? 10;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(tick, delayMs);
    timer.unref();
  };

  const tick = () => {
    running = runDueJobs(deps, handlers, { limit, lockSeconds: options.lockSeconds }).then(
      (summary) => schedule(summary.completed + summary.failed + summary.retried >= limit ? 0 : intervalMs),
      (error: unknown) => {
        schedule(intervalMs);
        // The message only: an error from the database may quote the values of the statement.
        options.logger?.error({ error: messageOf(error) }, 'background jobs run failed');
      },
    );
  };

  schedule(intervalMs);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
