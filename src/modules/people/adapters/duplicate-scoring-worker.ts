import { parentPort, workerData } from 'node:worker_threads';
import { batchPairScorer } from '../domain/duplicate-batch.js';
import type { ComparablePerson } from '../domain/duplicate-score.js';
import { shippedNameVariants } from './name-variants-file.js';
import type { ScoredPair, WorkerMessage, WorkerRequest } from './parallel-scoring.js';

/**
 * A worker thread of the batch run's scoring (parallel-scoring.ts): keeps the files it is sent, scores
 * each chunk of pairs as it comes, posts its progress, and at the end the pairs the rule takes for one
 * person.
 */
const { pairsPerReport, files: count } = workerData as { pairsPerReport: number; files: number };
const scorer = batchPairScorer(shippedNameVariants());
// Filled as files come, by number: made whole first so that the array stays a plain one.
const files: (ComparablePerson | null)[] = [];
for (let n = 0; n < count; n++) files.push(null);
const found: ScoredPair[] = [];
let scored = 0;

parentPort!.on('message', (request: WorkerRequest) => {
  if (request.kind === 'files') {
    for (let i = 0; i < request.numbers.length; i++) files[request.numbers[i]!] = request.files[i]!;
  } else if (request.kind === 'pairs') {
    const pairs = request.pairs;
    for (let i = 0; i < pairs.length; i += 2) {
      const first = pairs[i]!;
      const second = pairs[i + 1]!;
      const score = scorer.score(files[first]!, files[second]!);
      if (score) found.push({ first, second, score: score.score, reasons: score.reasons });
      if (++scored % pairsPerReport === 0)
        parentPort!.postMessage({ kind: 'progress', scored } satisfies WorkerMessage);
    }
  } else {
    parentPort!.postMessage({ kind: 'done', found } satisfies WorkerMessage);
  }
});
