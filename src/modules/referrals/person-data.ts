/** The referrals module's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { referralsRepository } from './adapters/referrals-repository.js';

/** The referrals made from the person's file: where to, for what, what travelled, and what came of it. */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const referrals = await referralsRepository(db).ofPerson(organizationId, personId);
  return {
    referrals: referrals.map((r) => ({
      id: r.id,
      sentAt: r.sentAt.toISOString(),
      receiverOrganizationId: r.receiverOrganizationId,
      serviceName: r.serviceName,
      purpose: r.purpose,
      sharedSections: r.sharedSections,
      message: r.message,
      status: r.status,
      answeredAt: r.answeredAt?.toISOString() ?? null,
      declineReason: r.declineReason,
      declineNote: r.declineNote,
      completedAt: r.completedAt?.toISOString() ?? null,
      outcomeNote: r.outcomeNote,
    })),
  };
}

/** The referrals stay counted (purpose, target, dates, status) but lose the message and the notes. */
export function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  return referralsRepository(db).anonymizeOfPerson(organizationId, personId);
}
