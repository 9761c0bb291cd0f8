import type { PlacementView } from '../../../contracts/placements.js';
import type { PlacementRecord } from '../adapters/placements-repository.js';
import { contractEnd, contractStateOn, endAlert } from '../domain/contract-rules.js';

/** A placement as the API shows it: its end after renewals, its state today and its end alert. */
export function placementViewOf(
  placement: PlacementRecord,
  employer: { id: string; name: string; siae: boolean } | null,
  site: { id: string; name: string } | null,
  occupationLabel: string | null,
  today: string,
  endAlertDays: number,
): PlacementView {
  return {
    id: placement.id,
    personId: placement.personId,
    employer,
    site,
    offerId: placement.offerId,
    applicationId: placement.applicationId,
    country: placement.country,
    jobTitle: placement.jobTitle,
    occupation: placement.escoId
      ? { escoId: placement.escoId, label: occupationLabel, iscoCode: placement.iscoCode }
      : null,
    contractType: placement.contractType,
    workingTime: placement.workingTime,
    hoursPerWeek: placement.hoursPerWeek,
    wage:
      placement.wageCents !== null && placement.wagePeriod
        ? { cents: placement.wageCents, period: placement.wagePeriod, currency: placement.currency }
        : null,
    startsOn: placement.startsOn,
    plannedEndOn: placement.plannedEndOn,
    endsOn: contractEnd(placement),
    state: contractStateOn(placement, today),
    endAlert: endAlert(placement, today, endAlertDays),
    endedEarly:
      placement.endedEarlyOn && placement.earlyEndReason
        ? { on: placement.endedEarlyOn, reason: placement.earlyEndReason }
        : null,
    renewals: placement.renewals,
    suspensions: placement.suspensions,
    qualification: {
      comparison: placement.qualificationComparison,
      jobLevel: placement.jobSkillLevel,
      personLevel: placement.personSkillLevel,
    },
    createdAt: placement.createdAt.toISOString(),
  };
}
