import { auditWriter } from '../../core/audit/audit-log.js';
import type { Executor } from '../../core/db/types.js';
import { enqueueJob, type JobHandlers } from '../../core/jobs/job-queue.js';
import type { Deps } from '../../core/use-case.js';
import { organizationsApi } from '../organizations/api.js';
import {
  decidedAcrossMembers,
  duplicateRunsRepository,
  keyRowsOfMembers,
  type RunRow,
  runFilesOf,
  sharedKeyBlocks,
} from './adapters/duplicate-runs-repository.js';
import type { RunFigure } from './adapters/duplicate-tables.js';
import { pairScoring } from './adapters/parallel-scoring.js';
import { consortiumPairCollector } from './domain/duplicate-blocks.js';
import { type ComparablePerson, type DuplicateReason, thresholdFactsOf } from './domain/duplicate-score.js';

export const duplicateRunKind = 'people.duplicate-consortium-run';

/** Keys read per statement (one progress report each), pairs scored between two reports. */
const defaultPace = { keysPerRead: 100_000, pairsPerReport: 20_000 };
/**
 * From this many pairs to score, worker threads score them as the run meets them (starting one costs
 * about a second), two of them (this machine's cores, while this thread reads), a chunk at a time.
 */
const defaultParallelFrom = 200_000;
const scoringWorkers = 2;
const pairsPerChunk = 20_000;

/** How a run reads and reports; a test makes pages small to watch the progress move. */
export interface RunPace {
  keysPerRead: number;
  pairsPerReport: number;
  /** From this many pairs to score, worker threads score them as they come (default 200,000). */
  parallelFrom?: number;
  /** Pairs sent to a worker at a time (default 20,000). */
  pairsPerChunk?: number;
  /** Told each progress written, after it is written. */
  onProgress?: (change: Parameters<ReturnType<typeof duplicateRunsRepository>['progress']>[1]) => void;
}

/** Enqueued in the transaction that records the run: ids only. */
export async function enqueueDuplicateRun(
  db: Executor,
  deps: { newId: () => string },
  runId: string,
  now: Date,
) {
  await enqueueJob(db, {
    id: deps.newId(),
    kind: duplicateRunKind,
    payload: { runId },
    runAt: now,
    now,
    dedupeKey: `${duplicateRunKind}:${runId}`,
  });
}

/**
 * The batch run over a consortium (docs/duplicates.md): every pair of files of two different member
 * organizations sharing a blocking key, each file read once, each pair scored by the rule; pairs
 * decided before (different, or linked) left out, restricted, anonymized and merged-away files never.
 * Each pair found is written once for each side, owned by the member whose file it is; the run keeps
 * only figures (pairs by pair of members) for the coordinating organization. Progress is written as it
 * goes, in two phases: the key rows read (the blocks), then the pairs scored; audited with the counts. Returns the finished run, or undefined when it was
 * not waiting (already done).
 */
export async function runConsortiumDuplicates(
  deps: Pick<Deps, 'db' | 'clock' | 'newId'>,
  runId: string,
  pace: RunPace = defaultPace,
): Promise<RunRow | undefined> {
  const repo = duplicateRunsRepository(deps.db);
  const run = await repo.find(runId);
  if (!run || run.status === 'done') return undefined;
  const progress = async (change: Parameters<typeof repo.progress>[1]) => {
    await repo.progress(runId, change);
    pace.onProgress?.(change);
  };
  await progress({ status: 'running', startedAt: deps.clock.now() });
  try {
    const members = (await organizationsApi(deps.db).consortiumMembers(run.consortiumId))
      .map((m) => m.id)
      .sort();
    // The first phase, reading the key blocks, is most of a large run's time: its progress is the key
    // rows read of those counted here, reported after each page.
    const totalKeys = await keyRowsOfMembers(deps.db, members);
    await progress({ phase: 'reading_keys', readKeys: 0, totalKeys });
    // Every file that may be compared (names and facts), then the blocks in key order a page at a time:
    // pairs are counted, and those that may reach the threshold are scored as they are met
    // (docs/duplicates.md); decided pairs are left out.
    const decided = await decidedAcrossMembers(deps.db, members);
    const files: (ComparablePerson & { id: string })[] = [];
    const scoring = pairScoring(files, {
      parallelFrom: pace.parallelFrom ?? defaultParallelFrom,
      workers: scoringWorkers,
      pairsPerChunk: pace.pairsPerChunk ?? pairsPerChunk,
      pairsPerReport: pace.pairsPerReport,
    });
    const collector = consortiumPairCollector((first, second) => {
      if (decided.size > 0 && decided.has(`${files[first]!.id}|${files[second]!.id}`)) return;
      scoring.add(first, second);
    });
    try {
      for (const organizationId of members)
        for (const file of await runFilesOf(deps.db, organizationId))
          files[collector.addFile(file.id, organizationId, thresholdFactsOf(file))] = file;
      let readKeys = 0;
      for (let after = ''; ; ) {
        const page = await sharedKeyBlocks(deps.db, members, after, pace.keysPerRead);
        for (const block of page.blocks) collector.addBlock(block.organizationIds, block.personIds);
        readKeys += page.keyRows;
        // Keys written since the count may carry the rows read past it: the phase never shows over 100 %.
        await progress({ readKeys: Math.min(readKeys, totalKeys) });
        if (page.keys < pace.keysPerRead || page.lastKey === null) break;
        after = page.lastKey;
      }
      const { compared } = collector.result();
      const left = compared - scoring.added;
      await progress({ phase: 'scoring', readKeys: totalKeys, comparedPairs: compared, scoredPairs: left });
      const scores = await scoring.finish((scored) => progress({ scoredPairs: left + scored }));
      return await recordRun(
        deps,
        run,
        members,
        compared,
        scores.map((scored) => ({
          ...scored,
          first: collector.fileOf(scored.first),
          second: collector.fileOf(scored.second),
        })),
      );
    } finally {
      // Done, or failed: the workers have nothing more to do.
      await scoring.stop();
    }
  } catch (error) {
    await repo.progress(runId, { status: 'failed', finishedAt: deps.clock.now() });
    throw error;
  }
}

/** Writes the pairs found (once for each side, owned by the member whose file it is), the figures, and the audit row. */
async function recordRun(
  deps: Pick<Deps, 'db' | 'clock' | 'newId'>,
  run: RunRow,
  members: readonly string[],
  compared: number,
  scores: {
    first: { id: string; organizationId: string };
    second: { id: string; organizationId: string };
    score: number;
    reasons: DuplicateReason[];
  }[],
): Promise<RunRow | undefined> {
  const runId = run.id;
  const repo = duplicateRunsRepository(deps.db);
  const found: {
    organizationId: string;
    personId: string;
    otherOrganizationId: string;
    otherPersonId: string;
    score: number;
    reasons: DuplicateReason[];
  }[] = [];
  const figures = new Map<string, RunFigure>();
  for (const { first, second, score, reasons } of scores) {
    // Once for each side: each member reviews its own files.
    for (const [own, other] of [
      [first, second],
      [second, first],
    ] as const)
      found.push({
        organizationId: own.organizationId,
        personId: own.id,
        otherOrganizationId: other.organizationId,
        otherPersonId: other.id,
        score,
        reasons,
      });
    const key = `${first.organizationId}|${second.organizationId}`;
    const figure = figures.get(key) ?? {
      first: first.organizationId,
      second: second.organizationId,
      pairs: 0,
    };
    figure.pairs++;
    figures.set(key, figure);
  }
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await duplicateRunsRepository(trx).writePairs(runId, found);
    await duplicateRunsRepository(trx).progress(runId, {
      status: 'done',
      finishedAt: now,
      scoredPairs: compared,
      foundPairs: found.length / 2,
      figures: [...figures.values()].sort((x, y) => y.pairs - x.pairs || x.first.localeCompare(y.first)),
    });
    await auditWriter(trx, () => now, deps.newId).record({
      actorUserId: run.requestedBy,
      organizationId: run.organizationId,
      subjectOrganizationId: run.organizationId,
      action: 'person.duplicate_consortium_batch',
      resourceType: 'duplicate_run',
      resourceId: runId,
      requestId: `job:${duplicateRunKind}`,
      details: { members: members.length, comparedPairs: compared, foundPairs: found.length / 2 },
    });
  });
  return repo.find(runId);
}

export const duplicateRunJobHandlers: JobHandlers = {
  [duplicateRunKind]: async (deps, payload) => {
    await runConsortiumDuplicates(deps, String(payload.runId));
  },
};

/**
 * `passerelle duplicates consortium-run ID`: the batch run over a consortium, recorded as the
 * coordinating organization's and run at once in this process (no job queue). Undefined: no such consortium.
 */
export async function runConsortiumDuplicatesNow(
  deps: Pick<Deps, 'db' | 'clock' | 'newId'>,
  consortiumId: string,
): Promise<RunRow | undefined> {
  const consortium = await organizationsApi(deps.db).findConsortium(consortiumId);
  if (!consortium) return undefined;
  const id = deps.newId();
  await duplicateRunsRepository(deps.db).create({
    id,
    organizationId: consortium.coordinatingOrganizationId,
    consortiumId,
    by: null,
    at: deps.clock.now(),
  });
  return runConsortiumDuplicates(deps, id);
}
