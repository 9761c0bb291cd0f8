/**
 * What other modules may ask of the relocation-plans module (the lead's household figures, privacy).
 * They never read its tables.
 */
import type { Executor } from '../../core/db/types.js';
import { fieldsOf, relocationPlansRepository } from './adapters/relocation-plans-repository.js';
import { type RegionRef, type RelocationTrack, regionName } from './domain/vocabulary.js';

export * as relocationPlansPersonData from './person-data.js';

export interface RelocationPlanSummary {
  id: string;
  track: RelocationTrack;
  /** Most wanted first. */
  preferredRegions: RegionRef[];
  plannedArrivalOn: string | null;
  businessCreatedOn: string | null;
  revision: number;
}

/** The plan kept on this file of the organization; null when it has none (or is not the organization's). */
export async function relocationPlanOf(
  db: Executor,
  personId: string,
  organizationId: string,
): Promise<RelocationPlanSummary | null> {
  const row = await relocationPlansRepository(db).ofPerson(organizationId, personId);
  if (!row) return null;
  const fields = fieldsOf(row);
  return {
    id: row.id,
    track: fields.track,
    preferredRegions: fields.regions,
    plannedArrivalOn: fields.plannedArrivalOn,
    businessCreatedOn: fields.businessCreatedOn,
    revision: row.revision,
  };
}

export interface RelocationPlanFact {
  personId: string;
  /** The household's id when the plan was last saved in one, else the person's id: counts once. */
  householdKey: string;
  organizationId: string;
  track: RelocationTrack;
  firstRegionCountry: string | null;
  firstRegionCode: string | null;
  plannedArrivalOn: string | null;
  businessCreatedOn: string | null;
}

/** One row per plan of these organizations, for figures (no personal text). */
export async function relocationPlanFacts(
  db: Executor,
  query: { organizationIds: readonly string[] },
): Promise<RelocationPlanFact[]> {
  return relocationPlansRepository(db).facts(query.organizationIds);
}

export interface SharedRegionalizationPlan {
  track: RelocationTrack;
  /** Most wanted first, named. */
  regions: (RegionRef & { name: string })[];
  plannedArrivalOn: string | null;
}

/**
 * What a consent's "plan" section shares of the regionalization plan kept on this file with a partner
 * (docs/consent.md): the track, the regions sought and the planned arrival. Never the health needs nor
 * their note (health data), nor the household, housing budget, studies or business; null when none.
 */
export async function sharedRegionalizationPlanOf(
  db: Executor,
  ownerOrganizationId: string,
  personId: string,
): Promise<SharedRegionalizationPlan | null> {
  const plan = await relocationPlanOf(db, personId, ownerOrganizationId);
  if (!plan) return null;
  return {
    track: plan.track,
    regions: plan.preferredRegions.map((r) => ({ ...r, name: regionName(r.code) })),
    plannedArrivalOn: plan.plannedArrivalOn,
  };
}
