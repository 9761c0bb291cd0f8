import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sealAuditLog } from '../core/audit/audit-log.js';
import { jobsPlacement, loadConfig } from '../core/config.js';
import { connectDatabase } from '../core/db/connect.js';
import { migrateToLatest } from '../core/db/migrate.js';
import { startJobWorker } from '../core/jobs/job-worker.js';
import { referenceDataFile } from '../core/reference-data.js';
import { describeSmsDelivery } from '../core/sms/create-sms-sender.js';
import { seconds, startupProgress } from '../core/startup-progress.js';
import { buildServer } from './build-server.js';
import { productionDeps } from './deps.js';
import { startJobProcess } from './job-process.js';
import { jobHandlers, scheduleRecurringJobs } from './jobs.js';
import { seedDemoIfEmpty } from './seed-demo.js';

const auditSealEveryMs = 5_000;

async function main(): Promise<void> {
  const began = performance.now();
  const config = loadConfig();
  // Classifications, name variants and fonts are read from the checkout, from the sources or the build.
  if (!existsSync(referenceDataFile('README.md')))
    throw new Error(`The reference data is missing: ${fileURLToPath(referenceDataFile(''))}`);
  // Each stage is named as it begins and timed as it ends: the first start takes a while.
  const { stage, lap } = startupProgress();
  console.log('Starting Passerelle');
  const handle = await stage('Opening the database', () =>
    connectDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }),
  );
  await stage('Applying migrations', () => migrateToLatest(handle.db as never));
  const deps = productionDeps(handle, config);
  // Said plainly at every start: whether texts really leave, and through what.
  console.log(describeSmsDelivery(deps.sms));
  if (config.SEED_DEMO)
    await stage('Demo data (loaded on the first start only)', () => seedDemoIfEmpty(deps, lap));

  if (process.env.PASSERELLE_WEB_BUILD === 'pending')
    await stage('Waiting for the web application build', () => webBuildReady);
  const app = await stage('Starting the HTTP server', () =>
    buildServer({ deps, config, webRoot: resolve('dist/web') }),
  );
  const sealer = setInterval(() => {
    sealAuditLog(handle.db).catch((error) => app.log.error({ err: error }, 'audit sealing failed'));
  }, auditSealEveryMs);

  const worker = await startJobs();

  async function startJobs(): Promise<{ stop(): Promise<void> }> {
    if (jobsPlacement(config) === 'own-process') {
      const jobs = startJobProcess({ logger: app.log });
      await stage("Starting the background jobs' process", () => jobs.ready);
      return jobs;
    }
    await scheduleRecurringJobs(deps);
    return startJobWorker(deps, jobHandlers, { logger: app.log });
  }

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    clearInterval(sealer);
    await worker.stop();
    await app.close();
    await sealAuditLog(handle.db).catch(() => undefined);
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(`Passerelle is running on ${handle.engine} at http://${config.HOST}:${config.PORT}`);
  console.log(
    `Passerelle is ready at ${config.PUBLIC_URL} (started in ${seconds(performance.now() - began)})`,
  );
}

/**
 * `npm start` (scripts/start.mjs) builds the web app meanwhile and says on the IPC channel when it is
 * done; listened to from the start, as the build may end before the database is ready.
 */
const webBuildReady = new Promise<void>((resolve) => {
  if (process.env.PASSERELLE_WEB_BUILD !== 'pending') return resolve();
  process.on('message', (message: { webBuild?: string }) => {
    if (message?.webBuild === 'ready') resolve();
  });
});

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
