/** What other modules may ask of the front door. They never read its tables. */
import type { Executor } from '../../core/db/types.js';
import { frontDoorRepository } from './adapters/front-door-repository.js';

export * as frontDoorPersonData from './person-data.js';

export interface RequestFunnelFact {
  requestId: string;
  /** The UTC day the request was first received ('YYYY-MM-DD'). */
  receivedOn: string;
  consortiumId: string;
  assignedOrganizationId: string | null;
  /** The file opened from the request, in the assigned organization; null until then. */
  personId: string | null;
  householdSize: number;
}

/**
 * The requests received in [from, to] (UTC days) assigned to these organizations, or, while still
 * unassigned, in the queue of a consortium one of them coordinates: the first step of the household
 * funnel. No names, nothing about the person; a repeat is counted once (on its first request).
 */
export async function requestFunnelFacts(
  db: Executor,
  q: { organizationIds: readonly string[]; from: string; to: string },
): Promise<RequestFunnelFact[]> {
  const rows = await frontDoorRepository(db).funnelFacts(q.organizationIds, q.from, q.to);
  return rows.map((r) => ({ ...r, householdSize: Number(r.householdSize) }));
}
