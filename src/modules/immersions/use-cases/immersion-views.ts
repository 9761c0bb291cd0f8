import type { ImmersionView } from '../../../contracts/immersions.js';
import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import { contactSummary, employerSummary, siteSummary } from '../../employers/api.js';
import { type ImmersionRecord, immersionsRepository } from '../adapters/immersions-repository.js';
import { immersionStatusOf, missingSignatures } from '../domain/immersion-status.js';

/** Minutes as hours for the screens (quarters of an hour are exact in binary). */
export const hoursOf = (minutes: number) => minutes / 60;

/**
 * Immersions as the screens and the agreement show them: host, site and tutor named through the
 * employers api, the counselor's name, signatures, missed hours and the status of the day.
 */
export async function immersionViews(
  db: Executor,
  organizationId: string,
  immersions: readonly ImmersionRecord[],
  today: string,
): Promise<ImmersionView[]> {
  const ids = immersions.map((i) => i.id);
  const repository = immersionsRepository(db);
  const [signatures, missed, names] = await Promise.all([
    repository.signaturesOf(ids),
    repository.missedHoursOf(ids),
    accountsApi(db).displayNames([...new Set(immersions.map((i) => i.counselorUserId))]),
  ]);
  return Promise.all(
    immersions.map(async (immersion) => {
      const [employer, site, tutor] = await Promise.all([
        employerSummary(db, immersion.employerId, organizationId),
        immersion.siteId ? siteSummary(db, immersion.siteId, organizationId) : undefined,
        immersion.tutorContactId
          ? contactSummary(db, immersion.tutorContactId, immersion.employerId, organizationId)
          : undefined,
      ]);
      const own = signatures.filter((s) => s.immersionId === immersion.id);
      const signed = own.map((s) => s.signatory);
      const entries = missed.filter((m) => m.immersionId === immersion.id);
      const missedMinutes = entries.reduce((sum, m) => sum + m.minutes, 0);
      return {
        id: immersion.id,
        personId: immersion.personId,
        kind: immersion.kind,
        // A host no longer shared with the organization keeps its id; its name is not shown.
        employer: {
          id: immersion.employerId,
          name: employer?.name ?? '—',
          country: employer?.country ?? 'FR',
        },
        site: site ? { id: site.id, name: site.name, city: site.city } : null,
        tutor: tutor
          ? { id: tutor.id, name: `${tutor.givenName} ${tutor.familyName}`, jobTitle: tutor.jobTitle }
          : null,
        counselor: {
          userId: immersion.counselorUserId,
          name: names.get(immersion.counselorUserId) ?? null,
        },
        startsOn: immersion.startsOn,
        endsOn: immersion.endsOn,
        plannedHours: immersion.plannedHours,
        objectives: immersion.objectives,
        language: immersion.language,
        status: immersionStatusOf(
          {
            startsOn: immersion.startsOn,
            endsOn: immersion.endsOn,
            signed,
            assessed: immersion.outcome !== null,
          },
          today,
        ),
        signatures: own.map((s) => ({
          signatory: s.signatory,
          signerName: s.signerName,
          signedAt: new Date(s.signedAt).toISOString(),
        })),
        missingSignatures: missingSignatures(signed),
        missedHours: entries.map((m) => ({
          id: m.id,
          onDay: m.onDay,
          hours: hoursOf(m.minutes),
          reason: m.reason,
        })),
        missedHoursTotal: hoursOf(missedMinutes),
        assessment:
          immersion.outcome && immersion.assessedOn && immersion.endedWithJobOffer !== null
            ? {
                outcome: immersion.outcome,
                assessedOn: immersion.assessedOn,
                endedWithJobOffer: immersion.endedWithJobOffer,
                jobContractType: immersion.jobContractType,
                note: immersion.assessmentNote,
              }
            : null,
        createdAt: new Date(immersion.createdAt).toISOString(),
      };
    }),
  );
}

/** The facts the rules need: who signed, the minutes missed so far. */
export async function immersionFacts(db: Executor, immersion: ImmersionRecord) {
  const repository = immersionsRepository(db);
  const [signatures, missed] = await Promise.all([
    repository.signaturesOf([immersion.id]),
    repository.missedHoursOf([immersion.id]),
  ]);
  return {
    signed: signatures.map((s) => s.signatory),
    missedMinutes: missed.reduce((sum, m) => sum + m.minutes, 0),
    assessed: immersion.outcome !== null,
  };
}
