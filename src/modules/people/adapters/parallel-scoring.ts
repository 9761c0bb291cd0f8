import { Worker } from 'node:worker_threads';
import { batchPairScorer } from '../domain/duplicate-batch.js';
import type { ComparablePerson, DuplicateReason } from '../domain/duplicate-score.js';
import { shippedNameVariants } from './name-variants-file.js';

/** A pair the rule takes for one person: its two files' numbers, and the rule's answer. */
export interface ScoredPair {
  first: number;
  second: number;
  score: number;
  reasons: DuplicateReason[];
}

/** What a scoring worker is sent: files (by number) before the pairs naming them, pairs, then the end. */
export type WorkerRequest =
  | { kind: 'files'; numbers: Int32Array; files: ComparablePerson[] }
  | { kind: 'pairs'; pairs: Int32Array }
  | { kind: 'end' };
export type WorkerMessage = { kind: 'progress'; scored: number } | { kind: 'done'; found: ScoredPair[] };

/** The order of the pairs found, whichever thread scored them: by their files' numbers. */
const byFiles = (x: ScoredPair, y: ScoredPair) => x.first - y.first || x.second - y.second;

// From the sources the worker's TypeScript, loaded through tsx as the application is; from the compiled
// server (scripts/build-server.mjs) the worker compiled beside it.
const compiled = !import.meta.url.endsWith('.ts');
const workerUrl = new URL(
  compiled ? './duplicate-scoring-worker.mjs' : './duplicate-scoring-worker.ts',
  import.meta.url,
);

export interface ScoringOptions {
  /** From this many pairs, scoring moves to worker threads as the pairs come. */
  parallelFrom: number;
  workers: number;
  /** Pairs sent to a worker at a time. */
  pairsPerChunk: number;
  /** Pairs scored between two progress reports. */
  pairsPerReport: number;
}

/**
 * Scores a batch run's pairs (two file numbers each, into `files`) as the run meets them. A small run's
 * pairs wait and are scored on this thread at the end; from `parallelFrom` pairs on, worker threads
 * score them as they come, chunk by chunk, while this thread reads on (each worker is sent a file once,
 * before the first pair naming it, and reads the names itself). The same pairs as scoring them all
 * here; `finish` answers them in the order of their files' numbers, however scored.
 */
export function pairScoring(files: readonly ComparablePerson[], options: ScoringOptions) {
  let waiting = new Int32Array(1 << 12);
  let waitingLength = 0;
  let added = 0;
  let workers: ScoringWorker[] | null = null;
  let next = 0;
  const dispatch = () => {
    if (!workers) return;
    const chunk = waiting.slice(0, waitingLength);
    waitingLength = 0;
    workers[next]!.send(chunk);
    next = (next + 1) % workers.length;
  };
  return {
    add(first: number, second: number) {
      if (waitingLength + 2 > waiting.length) {
        const grown = new Int32Array(waiting.length * 2);
        grown.set(waiting);
        waiting = grown;
      }
      waiting[waitingLength++] = first;
      waiting[waitingLength++] = second;
      added++;
      if (!workers && added >= options.parallelFrom)
        workers = Array.from({ length: options.workers }, () => scoringWorker(files, options.pairsPerReport));
      if (workers && waitingLength >= 2 * options.pairsPerChunk) dispatch();
    },
    /** Pairs handed so far. */
    get added() {
      return added;
    },
    /**
     * The pairs the rule takes for one person, once every pair is scored; `onProgress` is told the
     * pairs scored so far as it goes (never two at once), and all of them at the end.
     */
    async finish(onProgress: (scored: number) => Promise<void>): Promise<ScoredPair[]> {
      const found: ScoredPair[] = [];
      if (!workers) {
        const scorer = batchPairScorer(shippedNameVariants());
        const count = waitingLength / 2;
        for (let from = 0; from < count; from += options.pairsPerReport) {
          const to = Math.min(count, from + options.pairsPerReport);
          for (let i = from; i < to; i++) {
            const first = waiting[2 * i]!;
            const second = waiting[2 * i + 1]!;
            const score = scorer.score(files[first]!, files[second]!);
            if (score) found.push({ first, second, score: score.score, reasons: score.reasons });
          }
          await onProgress(to);
        }
        if (count === 0) await onProgress(0);
        return found.sort(byFiles);
      }
      dispatch();
      let reported: Promise<void> = Promise.resolve();
      let reporting = false;
      const scored = () => workers!.reduce((sum, w) => sum + w.scored, 0);
      // Progress is written one report at a time: a report asked for while one is written waits for it.
      const report = () => {
        if (reporting) return;
        reporting = true;
        reported = reported.then(async () => {
          reporting = false;
          await onProgress(scored());
        });
        // Awaited at the end; a failed write must not go unobserved (and stop the process) meanwhile.
        reported.catch(() => undefined);
      };
      for (const worker of workers) worker.onProgress = report;
      const answers = await Promise.all(workers.map((worker) => worker.end()));
      await reported;
      for (const answer of answers) found.push(...answer);
      await onProgress(added);
      return found.sort(byFiles);
    },
    /** Stops the workers, done or not: after `finish`, or when the run fails. */
    async stop() {
      await Promise.all((workers ?? []).map((worker) => worker.stop()));
    },
  };
}

interface ScoringWorker {
  send(pairs: Int32Array): void;
  end(): Promise<ScoredPair[]>;
  stop(): Promise<unknown>;
  scored: number;
  onProgress: () => void;
}

function scoringWorker(files: readonly ComparablePerson[], pairsPerReport: number): ScoringWorker {
  const workerData = { pairsPerReport, files: files.length };
  const worker = compiled
    ? new Worker(workerUrl, { workerData })
    : new Worker(
        `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(workerUrl.href)}, ${JSON.stringify(import.meta.url)}))`,
        { eval: true, workerData },
      );
  const sent = new Uint8Array(files.length);
  let answered = false;
  const handle: ScoringWorker = {
    scored: 0,
    onProgress: () => undefined,
    send(pairs) {
      const numbers: number[] = [];
      for (const n of pairs)
        if (!sent[n]) {
          sent[n] = 1;
          numbers.push(n);
        }
      if (numbers.length > 0)
        worker.postMessage({
          kind: 'files',
          numbers: Int32Array.from(numbers),
          files: numbers.map((n) => files[n]!),
        } satisfies WorkerRequest);
      worker.postMessage({ kind: 'pairs', pairs } satisfies WorkerRequest, [pairs.buffer as ArrayBuffer]);
    },
    end: () => {
      worker.postMessage({ kind: 'end' } satisfies WorkerRequest);
      return found;
    },
    stop: () => worker.terminate(),
  };
  const found = new Promise<ScoredPair[]>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') {
        handle.scored = message.scored;
        handle.onProgress();
      } else {
        answered = true;
        resolve(message.found);
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (!answered) reject(new Error(`The scoring worker stopped without an answer (exit code ${code})`));
    });
  });
  // A failed worker must not leave its promise unobserved while this thread still reads.
  found.catch(() => undefined);
  return handle;
}
