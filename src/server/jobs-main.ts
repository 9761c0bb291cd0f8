import { loadConfig } from '../core/config.js';
import { connectDatabase } from '../core/db/connect.js';
import { startJobWorker } from '../core/jobs/job-worker.js';
import { productionDeps } from './deps.js';
import { jobHandlers, scheduleRecurringJobs } from './jobs.js';

/**
 * The background jobs' process (`src/server/job-process.ts` starts it beside the HTTP server on a
 * PostgreSQL server): the queue's worker and the recurring jobs, on a pool of its own. A batch job
 * (a consortium's duplicate run holds gigabytes, a report over a whole program seconds of CPU) then
 * neither blocks the requests' event loop nor makes the HTTP process's memory its own.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('The jobs process runs on a PostgreSQL server (DATABASE_URL)');
  const handle = await connectDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const deps = productionDeps(handle, config);
  await scheduleRecurringJobs(deps);
  // The message only, as the worker gives it: never the values of a statement.
  const logger = {
    error: (details: object, message: string) =>
      console.error(JSON.stringify({ level: 'error', process: 'jobs', msg: message, ...details })),
  };
  const worker = startJobWorker(deps, jobHandlers, { logger });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  // The HTTP server's process is gone (even killed outright): nothing would stop this one any more.
  process.once('disconnect', () => void stop());
  process.send?.({ jobs: 'ready' });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
