import type { z } from 'zod';
import type { duplicateRunView } from '../../../contracts/duplicates.js';

type Run = Pick<
  z.infer<typeof duplicateRunView>,
  'status' | 'phase' | 'readKeys' | 'totalKeys' | 'scoredPairs' | 'comparedPairs'
>;

/**
 * Where a run stands: its phase (reading the key blocks, then scoring the pairs) and how far that phase
 * went, 0 to 100. A million files spend most of the run reading the blocks, so that phase has its own
 * measure rather than showing 0 % of the pairs until it ends.
 */
export function runProgress(run: Run): { phase: 'waiting' | 'reading_keys' | 'scoring'; percent: number } {
  const share = (done: number, of: number) => (of > 0 ? Math.min(100, Math.floor((100 * done) / of)) : 0);
  if (run.status === 'queued' || run.phase === null) return { phase: 'waiting', percent: 0 };
  if (run.phase === 'reading_keys')
    return { phase: 'reading_keys', percent: share(run.readKeys, run.totalKeys) };
  return { phase: 'scoring', percent: share(run.scoredPairs, run.comparedPairs) };
}
