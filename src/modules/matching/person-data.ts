/** The matching module's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { matchingRepository } from './adapters/matching-repository.js';

/** What the person looks for, as recorded with them (none when nothing was). */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const wishes = await matchingRepository(db).wishesOfMany(organizationId, [personId]);
  const mine = wishes.get(personId);
  return { jobWishes: mine ? [mine] : [] };
}

/** Wishes say nothing once the person is anonymous: they are erased. Returns how many were. */
export function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  return matchingRepository(db).deleteWishes(personId, organizationId);
}
