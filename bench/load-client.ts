/**
 * Runs one load scenario in a child process (bench/load-runner.ts, autocannon) while this process,
 * which hosts the server measured, samples its resident memory every 100 ms.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: string;
}

export interface LoadJob {
  name: string;
  url: string;
  headers: Record<string, string>;
  /** Sent in turn, one per request (a write's bodies must be distinct: give at least warm-up + amount). */
  requests: LoadRequest[];
  connections: number;
  /** A number of requests, or else a duration in seconds. */
  amount?: number;
  duration?: number;
  /** Requests sent first by one client and not measured. */
  warmup: number;
}

export interface LoadResult {
  name: string;
  connections: number;
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  meanBytes: number;
  statusCodes: Record<string, number>;
  /** The server process's peak resident memory while the scenario ran, in MB. */
  peakRssMb?: number;
}

const runner = fileURLToPath(new URL('./load-runner.ts', import.meta.url));

/** `residentBytes`: the server process's resident memory now (this process's by default). */
export async function runLoad(
  job: LoadJob,
  residentBytes: () => number = () => process.memoryUsage().rss,
): Promise<LoadResult> {
  let peak = residentBytes();
  const sampler = setInterval(() => {
    peak = Math.max(peak, residentBytes());
  }, 100);
  try {
    const child = fork(runner, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const answer = await new Promise<LoadResult | { error: string }>((resolve, reject) => {
      child.once('message', (message) => resolve(message as LoadResult | { error: string }));
      child.once('error', reject);
      child.once('exit', (code) => {
        if (code !== 0) reject(new Error(`load runner exited with ${code}`));
      });
      child.send(job);
    });
    if ('error' in answer) throw new Error(`${job.name}: ${answer.error}`);
    return { ...answer, peakRssMb: Math.round(peak / 1_048_576) };
  } finally {
    clearInterval(sampler);
  }
}
