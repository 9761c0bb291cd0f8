import type { Deps } from '../core/use-case.js';
import { rebuildAllDuplicateKeys } from '../modules/people/api.js';
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
