// The Node options of the HTTP server's process, shared by `npm start` (scripts/start.mjs) and the
// bench (bench/server-process.ts), so that what is measured is what runs.

/** The old generation's cap of the HTTP server, in MB, when its background jobs run elsewhere. */
export const defaultServerHeapMb = 384;

/**
 * On a PostgreSQL server the background jobs run in a process of their own (`JOBS`, src/core/config.ts):
 * the HTTP server's heap is then capped (`SERVER_HEAP_MB`, 384 MB by default; 0 for no cap), which
 * keeps its resident memory near 250 MB under load where V8 would let it grow to twice that between
 * collections (docs/performance.md). On the embedded database the jobs share the process: no cap.
 */
export function serverNodeArguments(env) {
  const jobsElsewhere = env.JOBS ? env.JOBS === 'own-process' : Boolean(env.DATABASE_URL);
  const setting = env.SERVER_HEAP_MB ?? '';
  if (setting !== '' && !/^\d+$/.test(setting))
    throw new Error(`SERVER_HEAP_MB is a number of megabytes (or 0 for no cap), not "${setting}"`);
  const megabytes = setting === '' ? (jobsElsewhere ? defaultServerHeapMb : 0) : Number(setting);
  if (megabytes > 0 && megabytes < 128)
    throw new Error(
      `SERVER_HEAP_MB must be at least 128 (the server holds about 75 MB at rest), not ${megabytes}`,
    );
  return megabytes > 0 ? [`--max-old-space-size=${megabytes}`] : [];
}
