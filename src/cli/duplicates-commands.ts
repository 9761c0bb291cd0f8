import type { Deps } from '../core/use-case.js';
import { rebuildAllDuplicateKeys, runConsortiumDuplicatesNow } from '../modules/people/api.js';
import type { Print } from './commands.js';

/**
 * `duplicates rebuild-keys`: every file's blocking keys written again from the file, one batch per
 * transaction (docs/duplicates.md) — after a change to the rule's keys or to the name-variant lists,
 * or for people written around the application (a bulk load). Safe to run again or to interrupt.
 */
export async function rebuildDuplicateKeysCommand(
  deps: Deps,
  print: Print,
  options: { batchSize: number },
): Promise<number> {
  const done = await rebuildAllDuplicateKeys(deps.db, {
    batchSize: options.batchSize,
    onBatch: (files) => {
      if (files % (options.batchSize * 20) === 0) print(`  ${files} file(s)…`);
    },
  });
  print(`Duplicate-detection keys rebuilt for ${done} file(s).`);
  return 0;
}

/**
 * `duplicates consortium-run CONSORTIUM_ID`: the batch run over a consortium at once, in this process
 * (the web page queues it as a job): the figures by pair of members and the time it took. Each
 * member's counselors then find their files in their list to review.
 */
export async function consortiumDuplicateRunCommand(
  deps: Deps,
  print: Print,
  consortiumId: string,
): Promise<number> {
  const started = performance.now();
  const run = await runConsortiumDuplicatesNow(deps, consortiumId);
  if (!run) {
    print(`No consortium ${consortiumId}.`);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  print(
    `Consortium run ${run.id}: ${run.comparedPairs} pair(s) of members' files sharing a key scored, ${run.foundPairs} possible duplicate(s), ${seconds} s.`,
  );
  for (const figure of run.figures) print(`  ${figure.first} × ${figure.second}: ${figure.pairs}`);
  return 0;
}
