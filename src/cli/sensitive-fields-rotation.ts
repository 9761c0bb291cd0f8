import { systemContext } from '../core/auth/actor.js';
import type { Deps } from '../core/use-case.js';
import { resealSensitiveFieldsBatch } from '../modules/people/use-cases/reseal-sensitive-fields.js';
import { resealEligibilitySnapshotsBatch } from '../modules/programs/use-cases/reseal-eligibility-snapshots.js';
import type { Print } from './commands.js';

interface Batch {
  resealed: number;
  unreadable: string[];
  lastId: string | null;
  remaining: number;
}

const kinds: {
  label: string;
  batch: (deps: Deps, afterId: string | null, batchSize: number) => Promise<Batch>;
}[] = [
  {
    label: 'immigration status(es)',
    batch: (deps, afterId, batchSize) =>
      resealSensitiveFieldsBatch(deps)(systemContext('command-line'), {
        kind: 'person_status',
        afterId,
        batchSize,
      }),
  },
  {
    label: 'barrier(s)',
    batch: (deps, afterId, batchSize) =>
      resealSensitiveFieldsBatch(deps)(systemContext('command-line'), {
        kind: 'barrier',
        afterId,
        batchSize,
      }),
  },
  {
    label: 'eligibility evaluation(s) of enrolments',
    batch: (deps, afterId, batchSize) =>
      resealEligibilitySnapshotsBatch(deps)(systemContext('command-line'), { afterId, batchSize }),
  },
];

/**
 * Part of `documents rotate-keys`: re-seals the people's sensitive fields (ADR 10) still sealed under
 * an older key, one batch per transaction, like the documents. Returns what could not be opened and
 * what was added under an older key meanwhile.
 */
export async function resealSensitiveFields(
  deps: Deps,
  print: Print,
  options: { batchSize: number },
): Promise<{ unreadable: number; remaining: number }> {
  let unreadable = 0;
  let remaining = 0;
  for (const kind of kinds) {
    let afterId: string | null = null;
    let resealed = 0;
    const failed: string[] = [];
    for (;;) {
      const batch = await kind.batch(deps, afterId, options.batchSize);
      resealed += batch.resealed;
      failed.push(...batch.unreadable);
      if (batch.lastId === null) {
        remaining += batch.remaining - failed.length;
        break;
      }
      afterId = batch.lastId;
    }
    print(`${resealed} ${kind.label} re-encrypted.`);
    if (failed.length > 0) {
      print(
        `${failed.length} ${kind.label} could not be opened (altered, or sealed under a key missing from ENCRYPTION_KEYS): ${failed.join(', ')}`,
      );
    }
    unreadable += failed.length;
  }
  return { unreadable, remaining };
}
