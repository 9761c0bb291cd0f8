import type { Executor } from '../../../core/db/types.js';
import { requestFunnelFacts } from '../../front-door/api.js';
import { stayFunnelFacts } from '../../regions/api.js';
import type { RequestFact, StayFact } from '../domain/household-figures.js';

/**
 * The funnel's first stages, read through the modules that own them: requests received through the
 * front door and exploratory stays. Stays from the middle of the previous year are read so that a
 * decision taken in January after a December stay counts in its year.
 */
export async function funnelSources(
  db: Executor,
  organizationIds: readonly string[],
  year: number,
): Promise<{ requests: RequestFact[]; stays: StayFact[] }> {
  const stays = await stayFunnelFacts(db, {
    organizationIds,
    from: `${year - 1}-07-01`,
    to: `${year}-12-31`,
  });
  const requests = await requestFunnelFacts(db, {
    organizationIds,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  });
  return {
    requests: requests.map((r) => ({ requestId: r.requestId, receivedOn: r.receivedOn })),
    stays: stays.map((s) => ({
      householdKey: s.householdKey,
      startsOn: s.startsOn,
      cancelled: s.status === 'cancelled',
      decision: s.decision,
      decidedOn: s.decidedOn,
    })),
  };
}
