/**
 * The bench's load generator, in its own process (forked by bench/load-client.ts) so that what it
 * costs to send requests and read answers is not taken from the server measured. It receives one
 * job over IPC, warms the route up, runs autocannon and sends back its figures: requests per second,
 * latency percentiles computed from every response time (autocannon's own histogram has no p95),
 * answered sizes and status codes.
 */
import autocannon from 'autocannon';
import type { LoadJob, LoadResult } from './load-client.js';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Shared by the warm-up and the measured run: a write's body is never sent twice. */
let next = 0;

function run(job: LoadJob, connections: number, amount: number | undefined, duration: number | undefined) {
  const target = new URL(job.url);
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let bytes = 0;
  let failures = 0;
  const started = performance.now();
  return new Promise<LoadResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.origin,
        connections,
        ...(amount !== undefined ? { amount } : { duration: duration ?? 10 }),
        timeout: 30,
        headers: job.headers,
        requests: [
          {
            // Every request takes the next of the job's requests, in turn: distinct pages, names, bodies.
            setupRequest: (request) => {
              const r = job.requests[next++ % job.requests.length]!;
              return {
                ...request,
                method: r.method as 'GET',
                path: r.path,
                headers: {
                  ...job.headers,
                  ...(r.body !== undefined ? { 'content-type': 'application/json' } : {}),
                },
                ...(r.body !== undefined ? { body: r.body } : {}),
              };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        latencies.sort((a, b) => a - b);
        resolve({
          name: job.name,
          connections,
          requests: latencies.length,
          errors: failures + result.errors + result.timeouts,
          seconds,
          perSecond: latencies.length / seconds,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          meanBytes: latencies.length > 0 ? Math.round(bytes / latencies.length) : 0,
          statusCodes,
        });
      },
    );
    instance.on('response', (_client, statusCode, resBytes, responseTime) => {
      latencies.push(responseTime);
      bytes += resBytes;
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
      if (statusCode >= 400) failures += 1;
    });
  });
}

process.once('message', async (job: LoadJob) => {
  try {
    if (job.warmup > 0) await run(job, 1, job.warmup, undefined);
    const result = await run(job, job.connections, job.amount, job.duration);
    process.send?.(result, () => process.exit(0));
  } catch (error) {
    process.send?.({ error: error instanceof Error ? error.message : String(error) }, () => process.exit(1));
  }
});
