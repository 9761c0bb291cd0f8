/** The immersions module's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { immersionsRepository } from './adapters/immersions-repository.js';

/** The immersions kept on the person by the organization, with signatures, missed hours and assessment. */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const repository = immersionsRepository(db);
  const immersions = await repository.ofPerson(organizationId, personId);
  const ids = immersions.map((i) => i.id);
  const [signatures, missed] = await Promise.all([
    repository.signaturesOf(ids),
    repository.missedHoursOf(ids),
  ]);
  return {
    immersions: immersions.map((i) => ({
      id: i.id,
      kind: i.kind,
      employerId: i.employerId,
      startsOn: i.startsOn,
      endsOn: i.endsOn,
      plannedHours: i.plannedHours,
      objectives: i.objectives,
      signatures: signatures
        .filter((s) => s.immersionId === i.id)
        .map((s) => ({
          signatory: s.signatory,
          signerName: s.signerName,
          signedAt: new Date(s.signedAt).toISOString(),
        })),
      missedHours: missed
        .filter((m) => m.immersionId === i.id)
        .map((m) => ({ onDay: m.onDay, minutes: m.minutes, reason: m.reason })),
      assessment: i.outcome
        ? {
            outcome: i.outcome,
            assessedOn: i.assessedOn,
            endedWithJobOffer: i.endedWithJobOffer,
            jobContractType: i.jobContractType,
            note: i.assessmentNote,
          }
        : null,
    })),
  };
}

/**
 * The immersions stay (kinds, dates, hours and outcomes are counted) but lose their objectives, notes,
 * the reasons of missed hours and the names typed at signing. Returns the immersions changed.
 */
export function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  return immersionsRepository(db).clearTextsOfPerson(organizationId, personId);
}
