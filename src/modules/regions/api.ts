/**
 * What other modules may ask of the regions module (regions, regional partners, exploratory stays).
 * They never read its tables. Call with the use case's transaction.
 */
import type { Executor } from '../../core/db/types.js';
import { regionsRepository } from './adapters/regions-repository.js';
import { costTotals, type StayDecision, type StayStatus } from './domain/stay-rules.js';

export {
  programmeItemKinds,
  type StayDecision,
  type StayStatus,
  stayCostKinds,
  stayCostPayers,
  stayDecisions,
  stayStatuses,
} from './domain/stay-rules.js';

/** One stay as the household figures see it: no names. */
export interface StayFunnelFact {
  stayId: string;
  personId: string;
  householdKey: string;
  organizationId: string;
  startsOn: string;
  regionCountry: string;
  regionCode: string;
  status: StayStatus;
  decision: StayDecision | null;
  decidedOn: string | null;
}

/** Stays starting in [from, to] ('YYYY-MM-DD', both included) of these organizations, for the funnel. */
export async function stayFunnelFacts(
  db: Executor,
  q: { organizationIds: readonly string[]; from: string; to: string },
): Promise<StayFunnelFact[]> {
  const rows = await regionsRepository(db).staysStartingBetween(q.organizationIds, q.from, q.to);
  return rows.map((r) => ({
    stayId: r.id,
    personId: r.person_id,
    householdKey: r.household_key,
    organizationId: r.organization_id,
    startsOn: r.starts_on,
    regionCountry: r.region_country.trim(),
    regionCode: r.region_code,
    status: r.status,
    decision: r.decision,
    decidedOn: r.decided_on,
  }));
}

/** The platform organizations covering a region (in any consortium), by id: whom to hand a household to after a move. */
export async function regionalPartnersOf(
  db: Executor,
  regionCountry: string,
  regionCode: string,
): Promise<string[]> {
  return regionsRepository(db).partnersOfRegion(regionCountry, regionCode);
}

/** A stay as a summary for another module (a trip of relocation aid attached to it). */
export interface StaySummary {
  id: string;
  regionCountry: string;
  regionCode: string;
  hostOrganizationId: string;
  startsOn: string;
  endsOn: string;
  status: StayStatus;
  decision: StayDecision | null;
  decidedOn: string | null;
  totalCostCents: number;
}

/**
 * The stays of the person's file in the organization (as main contact or traveller), newest first;
 * empty when the organization holds none. The caller checks who may see the person.
 */
export async function staysOfPerson(
  db: Executor,
  personId: string,
  organizationId: string,
): Promise<StaySummary[]> {
  const repo = regionsRepository(db);
  const rows = await repo.staysOfPerson(personId, organizationId);
  const costs = await repo.costsOf(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    regionCountry: r.region_country.trim(),
    regionCode: r.region_code,
    hostOrganizationId: r.host_organization_id,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    status: r.status,
    decision: r.decision,
    decidedOn: r.decided_on,
    totalCostCents: costTotals(costs.filter((c) => c.stayId === r.id)).totalCents,
  }));
}

export * as regionsPersonData from './person-data.js';
