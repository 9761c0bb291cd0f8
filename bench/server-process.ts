import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { serverNodeArguments } from '../scripts/server-node-arguments.mjs';
import type { Deps } from '../src/core/use-case.js';
import { buildServer } from '../src/server/build-server.js';

export interface BenchServer {
  address: string;
  /** The server process's resident memory now, in bytes. */
  residentBytes: () => number;
  /** Its child processes' (the background jobs'), summed, in bytes; 0 when it has none. */
  childrenResidentBytes: () => number;
  stop: () => Promise<void>;
}

const benchConfig = {
  LOG_LEVEL: 'silent',
  SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
  NODE_ENV: 'test',
  // The bench measures throughput on a few sessions, not the per-session quota (ASVS 2.4.1).
  SESSION_REQUESTS_PER_MINUTE: 1_000_000,
} as const;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resident memory of a process from /proc (Linux): the server's, not the bench's. */
function residentOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** The resident memory of a process's children (Linux: /proc/PID/task/PID/children). */
function childrenResidentOf(pid: number): number {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean);
    return children.reduce((sum, child) => sum + residentOf(Number(child)), 0);
  } catch {
    return 0;
  }
}

/**
 * The server the bench measures: by default the compiled server (`scripts/build-server.mjs`, as `npm
 * start` runs it) in its own process on the bench's database, so that its memory is its own and not the
 * data set generator's; `BENCH_SERVER=in-process` builds it in this process as before.
 */
export async function startBenchServer(deps: Deps, databaseUrl: string): Promise<BenchServer> {
  if (process.env.BENCH_SERVER === 'in-process') {
    const app = await buildServer({ deps, config: benchConfig });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    return {
      address,
      residentBytes: () => process.memoryUsage().rss,
      childrenResidentBytes: () => 0,
      stop: () => app.close(),
    };
  }
  const built = spawnSync(process.execPath, ['scripts/build-server.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('The server did not compile (scripts/build-server.mjs)');
  const port = await freePort();
  // The server's options as `npm start` gives them on a PostgreSQL server (its heap capped, the jobs in
  // a process of their own), or BENCH_SERVER_ARGS to compare settings (space-separated).
  const nodeArguments =
    process.env.BENCH_SERVER_ARGS !== undefined
      ? process.env.BENCH_SERVER_ARGS.split(' ').filter(Boolean)
      : serverNodeArguments({ ...process.env, DATABASE_URL: databaseUrl });
  const child: ChildProcess = spawn(process.execPath, [...nodeArguments, 'dist/server/main.mjs'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(benchConfig).map(([k, v]) => [k, String(v)])),
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      SEED_DEMO: 'false',
    },
  });
  const address = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`The bench's server stopped (exit code ${code})`))),
  );
  exited.catch(() => undefined);
  // Ready when its health route answers (it migrates first: nothing to do on a kept data set).
  for (let tries = 0; ; tries++) {
    const ok = await Promise.race([
      fetch(`${address}/api/health`).then(
        (response) => response.ok,
        () => false,
      ),
      exited,
    ]);
    if (ok) break;
    if (tries > 600) throw new Error('The bench server did not answer within a minute');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    address,
    residentBytes: () => residentOf(child.pid!),
    childrenResidentBytes: () => childrenResidentOf(child.pid!),
    stop: async () => {
      const stopped = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await stopped;
    },
  };
}
