/** The placements module's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { placementsRepository } from './adapters/placements-repository.js';

/** The person's hires and contracts kept by the organization, with their renewals and suspensions. */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const placements = await placementsRepository(db).ofPerson(organizationId, personId);
  return {
    placements: placements.map((p) => ({
      id: p.id,
      employerId: p.employerId,
      jobTitle: p.jobTitle,
      escoId: p.escoId,
      contractType: p.contractType,
      workingTime: p.workingTime,
      hoursPerWeek: p.hoursPerWeek,
      wage: p.wageCents === null ? null : { cents: p.wageCents, period: p.wagePeriod, currency: p.currency },
      startsOn: p.startsOn,
      plannedEndOn: p.plannedEndOn,
      renewals: p.renewals.map((r) => ({ newEndOn: r.newEndOn, decidedOn: r.decidedOn })),
      suspensions: p.suspensions.map((s) => ({ fromOn: s.fromOn, toOn: s.toOn, reason: s.reason })),
      endedEarly: p.endedEarlyOn ? { on: p.endedEarlyOn, reason: p.earlyEndReason } : null,
      qualificationAtHire: p.qualificationComparison,
      createdAt: p.createdAt.toISOString(),
    })),
  };
}

/**
 * The contracts stay (every figure the outcomes count: dates, contract, hours, wage, qualification
 * level) but lose their job title, which may tell who the person is. Returns the placements changed.
 */
export function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  return placementsRepository(db).clearTextsOfPerson(organizationId, personId);
}
