import type { z } from 'zod';
import type { stayBody } from '../../../contracts/regions.js';
import { type Actor, requireRole } from '../../../core/auth/actor.js';
import { followUpRoles, personDataRoles, programAdminRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { householdFactsOf } from '../../people/api.js';
import { regionsRepository, type StayRow } from '../adapters/regions-repository.js';
import { stayDatesProblem } from '../domain/stay-rules.js';
import { regionErrors } from '../errors.js';

/** Who plans, reads and reports stays: those who follow people, in the household's organization or the host's. */
export const stayRoles = followUpRoles;
/** Who reads the regions pages: staff who work with files (funders see figures only). */
export const regionReadRoles = personDataRoles;
/** Who says which partner covers which region, in the consortium's coordinating organization. */
export const coverageRoles = programAdminRoles;

export type StaySide = 'owner' | 'host';

/** The consortia the actor's organization belongs to or coordinates. */
export function consortiaOf(actor: Actor): string[] {
  return [...new Set([...actor.consortiumIds, ...actor.coordinatedConsortiumIds])];
}

/**
 * Whether the organization sees a stay as its host partner: it hosts it, or it covers the stay's region
 * for a consortium the household's organization belongs to (members and coordinator).
 */
export async function hostSees(db: Executor, organizationId: string, row: StayRow): Promise<boolean> {
  if (row.host_organization_id === organizationId) return true;
  const scopes = await partnerScopes(db, organizationId);
  return scopes.some(
    (s) =>
      s.regionCountry === row.region_country.trim() &&
      s.regionCode === row.region_code &&
      s.organizationIds.includes(row.organization_id),
  );
}

/** The regions the organization covers, each with the organizations whose households it sees there. */
export async function partnerScopes(db: Executor, organizationId: string) {
  const repo = regionsRepository(db);
  const coverage = (await repo.coverage()).filter((c) => c.organizationId === organizationId);
  const organizations = organizationsApi(db);
  const membersOf = new Map<string, string[]>();
  for (const consortiumId of new Set(coverage.map((c) => c.consortiumId))) {
    const consortium = await organizations.findConsortium(consortiumId);
    const members = (await organizations.consortiumMembers(consortiumId)).map((m) => m.id);
    membersOf.set(consortiumId, [...members, ...(consortium ? [consortium.coordinatingOrganizationId] : [])]);
  }
  return coverage.map((c) => ({
    regionCountry: c.regionCountry.trim(),
    regionCode: c.regionCode,
    organizationIds: (membersOf.get(c.consortiumId) ?? []).filter((id) => id !== organizationId),
  }));
}

/**
 * A stay the actor's organization may see — as the household's organization (owner) or as its host /
 * the partner of its region (host) — locked when asked; 404 otherwise, existence not revealed.
 */
export async function visibleStay(
  db: Executor,
  actor: Actor,
  stayId: string,
  lock = false,
): Promise<{ row: StayRow; side: StaySide }> {
  requireRole(actor, stayRoles);
  const row = await regionsRepository(db).findStay(stayId, lock);
  if (row && row.organization_id === actor.organizationId) return { row, side: 'owner' };
  if (row && (await hostSees(db, actor.organizationId, row))) return { row, side: 'host' };
  throw regionErrors.stayNotFound();
}

/** A stay only the household's organization changes (the host gets a clear refusal once it can see it). */
export async function ownedStay(db: Executor, actor: Actor, stayId: string) {
  const stay = await visibleStay(db, actor, stayId, true);
  if (stay.side !== 'owner') throw regionErrors.ownerOnly();
  return stay.row;
}

export type StayInput = z.output<typeof stayBody>;

/**
 * Checks a stay's region, host, dates and travellers for the person's file in the actor's organization:
 * the file is the household's main contact (or a person in no household), the dates make one to five
 * days, the host covers the region in one of the actor's consortia, every traveller is in the household.
 * Returns the household key (the household's id, else the person's) the figures count by.
 */
export async function checkStay(db: Executor, actor: Actor, personId: string, input: StayInput) {
  const household = await householdFactsOf(db, personId, actor.organizationId);
  if (!household) throw regionErrors.personNotFound();
  if (household.mainContactPersonId !== null && household.mainContactPersonId !== personId)
    throw regionErrors.notMainContact();
  const problem = stayDatesProblem(input.startsOn, input.endsOn);
  if (problem === 'ends_before_start') throw regionErrors.datesEndBeforeStart();
  if (problem === 'too_long') throw regionErrors.datesTooLong({ max: 5 });
  const consortia = consortiaOf(actor);
  const covering = (await regionsRepository(db).coverage(consortia)).some(
    (c) =>
      c.organizationId === input.hostOrganizationId &&
      c.regionCountry.trim() === input.regionCountry &&
      c.regionCode === input.regionCode,
  );
  if (!covering) throw regionErrors.hostNotCovering();
  const members = new Set(household.members.map((m) => m.personId));
  const travellers = [...new Set(input.travellerPersonIds)];
  if (travellers.some((id) => !members.has(id))) throw regionErrors.travellerNotInHousehold();
  if (travellers.length === 0 && input.childrenWithoutFile === 0) throw regionErrors.nobodyTravels();
  return { householdKey: household.householdKey, householdSize: household.members.length, travellers };
}
