import { parentPort, workerData } from 'node:worker_threads';
import { batchPairScorer } from '../domain/duplicate-batch.js';
import type { ComparablePerson } from '../domain/duplicate-score.js';
import { shippedNameVariants } from './name-variants-file.js';
import type { ScoredPair, ScoringTask, WorkerMessage } from './parallel-scoring.js';

/**
 * A worker thread of the batch run's scoring (parallel-scoring.ts): scores the pairs it is given as its
 * `workerData` (two indexes into its files each), posts its progress, then the pairs the rule takes for
 * one person.
 */
function scoreTask(task: ScoringTask) {
  const scorer = batchPairScorer(shippedNameVariants());
  const files: ComparablePerson[] = task.files;
  const found: ScoredPair[] = [];
  const pairs = task.pairs;
  for (let i = 0; i < pairs.length / 2; i++) {
    const score = scorer.score(files[pairs[2 * i]!]!, files[pairs[2 * i + 1]!]!);
    if (score) found.push({ pair: task.firstPair + i, score: score.score, reasons: score.reasons });
    if ((i + 1) % task.pairsPerReport === 0)
      parentPort!.postMessage({ kind: 'progress', scored: i + 1 } satisfies WorkerMessage);
  }
  parentPort!.postMessage({ kind: 'done', found } satisfies WorkerMessage);
}

scoreTask(workerData as ScoringTask);
