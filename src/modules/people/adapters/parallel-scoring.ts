import { Worker } from 'node:worker_threads';
import { batchPairScorer } from '../domain/duplicate-batch.js';
import type { ComparablePerson, DuplicateReason } from '../domain/duplicate-score.js';
import { shippedNameVariants } from './name-variants-file.js';

/** A pair the rule takes for one person: its place in the list scored, and the rule's answer. */
export interface ScoredPair {
  pair: number;
  score: number;
  reasons: DuplicateReason[];
}

/** What a worker is given: its files, its pairs as indexes into them (two per pair). */
export interface ScoringTask {
  files: ComparablePerson[];
  pairs: Int32Array;
  firstPair: number;
  pairsPerReport: number;
}

export type WorkerMessage = { kind: 'progress'; scored: number } | { kind: 'done'; found: ScoredPair[] };

const workerUrl = new URL('./duplicate-scoring-worker.ts', import.meta.url).href;

/**
 * Scores a batch run's pairs (two indexes into `files` each) on both cores: from `parallelFrom` pairs
 * on, a worker thread takes the second half (with the files it names) while this thread scores the
 * first, each with its own reading of the names. The same pairs as scoring them all here, in order.
 * `onProgress` is told the pairs scored so far, between two slices of this thread's work.
 */
export async function scorePairs(
  files: readonly ComparablePerson[],
  pairs: Int32Array,
  options: { parallelFrom: number; pairsPerReport: number; onProgress: (scored: number) => Promise<void> },
): Promise<ScoredPair[]> {
  const count = pairs.length / 2;
  const here = count >= options.parallelFrom ? Math.ceil(count / 2) : count;
  let workerScored = 0;
  const worker =
    here < count
      ? startWorker(files, pairs, here, options.pairsPerReport, (n) => {
          workerScored = n;
        })
      : null;
  // A failed worker must not leave its promise unobserved while this thread is still scoring.
  worker?.found.catch(() => undefined);
  try {
    const scorer = batchPairScorer(shippedNameVariants());
    const found: ScoredPair[] = [];
    for (let from = 0; from < here; from += options.pairsPerReport) {
      const to = Math.min(here, from + options.pairsPerReport);
      for (let i = from; i < to; i++) {
        const score = scorer.score(files[pairs[2 * i]!]!, files[pairs[2 * i + 1]!]!);
        if (score) found.push({ pair: i, score: score.score, reasons: score.reasons });
      }
      await options.onProgress(to + workerScored);
    }
    if (worker) {
      found.push(...(await worker.found));
      await options.onProgress(count);
    }
    return found;
  } finally {
    // Done, or this thread failed: the worker has nothing more to do.
    await worker?.stop();
  }
}

function startWorker(
  files: readonly ComparablePerson[],
  pairs: Int32Array,
  firstPair: number,
  pairsPerReport: number,
  onScored: (scored: number) => void,
): { found: Promise<ScoredPair[]>; stop: () => Promise<number> } {
  // Only the files the worker's pairs name, renumbered: less to copy to the thread.
  const numberOf = new Map<number, number>();
  const taskFiles: ComparablePerson[] = [];
  const taskPairs = new Int32Array(pairs.length - 2 * firstPair);
  for (let i = 2 * firstPair; i < pairs.length; i++) {
    const file = pairs[i]!;
    let n = numberOf.get(file);
    if (n === undefined) {
      n = taskFiles.length;
      numberOf.set(file, n);
      taskFiles.push(files[file]!);
    }
    taskPairs[i - 2 * firstPair] = n;
  }
  // The worker's TypeScript is loaded through tsx, as the application itself is (npm start).
  const task: ScoringTask = { files: taskFiles, pairs: taskPairs, firstPair, pairsPerReport };
  const worker = new Worker(
    `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(workerUrl)}, ${JSON.stringify(import.meta.url)}))`,
    { eval: true, workerData: task, transferList: [taskPairs.buffer] },
  );
  const found = new Promise<ScoredPair[]>((resolve, reject) => {
    let answered = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') onScored(message.scored);
      else {
        answered = true;
        resolve(message.found);
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (!answered) reject(new Error(`The scoring worker stopped without an answer (exit code ${code})`));
    });
  });
  return { found, stop: () => worker.terminate() };
}
