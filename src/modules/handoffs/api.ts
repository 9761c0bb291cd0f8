/** What other modules may use of the hand-offs module. */
import type { Executor } from '../../core/db/types.js';
import { handoffsRepository } from './adapters/handoffs-repository.js';

export * as handoffsPersonData from './person-data.js';

/**
 * The hand-offs sent from this file, latest first, as their id, receiver and status: a move shows
 * whether the regional partner it names has been asked to take over, and what it answered.
 */
export async function handoffsSentFrom(db: Executor, organizationId: string, personId: string) {
  const rows = await handoffsRepository(db).ofFile(organizationId, personId);
  return rows
    .filter((row) => row.organization_id === organizationId && row.person_id === personId)
    .map((row) => ({ id: row.id, receiverOrganizationId: row.receiver_organization_id, status: row.status }));
}
