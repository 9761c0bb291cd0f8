/** The outreach module's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { leadsRepository } from './adapters/leads-repository.js';

/** How the person came to the organization's notice: the leads linked to their file and the attempts to reach them. */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const leads = await leadsRepository(db).ofPerson(organizationId, personId);
  return {
    leads: leads.map(({ lead, attempts }) => ({
      id: lead.id,
      metOn: lead.metOn,
      source: lead.source,
      partnerKind: lead.partnerKind,
      partnerName: lead.partnerName,
      eventName: lead.eventName,
      givenName: lead.givenName,
      familyName: lead.familyName,
      phone: lead.phone,
      email: lead.email,
      language: lead.language,
      note: lead.note,
      outcome: lead.outcome,
      outcomeOn: lead.outcomeOn,
      attempts: attempts.map((a) => ({
        attemptedAt: a.attemptedAt.toISOString(),
        channel: a.channel,
        reached: a.reached,
        note: a.note,
      })),
    })),
  };
}

/** The leads stay counted (source, dates, outcome) but lose the names, contacts and notes. */
export function anonymizePersonData(db: Executor, organizationId: string, personId: string, now: Date) {
  return leadsRepository(db).anonymizeOfPerson(organizationId, personId, now);
}
