/** The hand-offs module's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { handoffsRepository } from './adapters/handoffs-repository.js';

/** The hand-offs of the file: to whom or from whom, why, when, and what became of each. */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const rows = await handoffsRepository(db).ofFile(organizationId, personId);
  return {
    handoffs: rows.map((row) => ({
      id: row.id,
      direction: row.organization_id === organizationId ? ('sent' as const) : ('received' as const),
      senderOrganizationId: row.organization_id,
      receiverOrganizationId: row.receiver_organization_id,
      reason: row.reason,
      message: row.message,
      status: row.status,
      proposedAt: row.proposed_at.toISOString(),
      decidedAt: row.decided_at?.toISOString() ?? null,
      declineReason: row.decline_reason,
      declineNote: row.decline_note,
    })),
  };
}

/** The hand-offs stay (who took over, when: the counts need them) but lose their free texts. */
export async function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  await handoffsRepository(db).eraseTextsOfPerson(organizationId, personId);
  return (await handoffsRepository(db).ofFile(organizationId, personId)).length;
}
