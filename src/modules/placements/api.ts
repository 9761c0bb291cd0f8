/**
 * What other modules may ask of the placements module. They never read its tables. The caseload shows
 * an alert for a contract nearing its term through `contractEndingSignals` (and filters on it through
 * `personIdsWithContractEnding`); privacy exports and anonymizes through `placementsPersonData`.
 */
import type { Executor } from '../../core/db/types.js';
import type { PersonIdQuery } from '../people/api.js';
import { placementsRepository } from './adapters/placements-repository.js';
import { addDays, contractEnd, endAlert } from './domain/contract-rules.js';
import { defaultEndAlertDays, maxEndAlertDays } from './domain/vocabulary.js';

export { contractEnd, endAlert, plannedEndAfterRenewals } from './domain/contract-rules.js';
export * from './domain/vocabulary.js';
export * as placementsPersonData from './person-data.js';

export interface ContractEndingSignal {
  placementId: string;
  endsOn: string;
  daysLeft: number;
}

/**
 * For each of these people with a contract reaching its term within their organization's window of
 * `today` (the organization's day), the soonest such contract. One read for a whole list.
 */
export async function contractEndingSignals(
  db: Executor,
  personIds: readonly string[],
  today: string,
): Promise<Map<string, ContractEndingSignal>> {
  const signals = new Map<string, ContractEndingSignal>();
  if (personIds.length === 0) return signals;
  const repository = placementsRepository(db);
  const candidates = await repository.withTermBetween({ personIds }, today, addDays(today, maxEndAlertDays));
  const windows = await repository.endAlertDays([...new Set(candidates.map((c) => c.organizationId))]);
  for (const placement of candidates) {
    const alert = endAlert(placement, today, windows.get(placement.organizationId) ?? defaultEndAlertDays);
    const known = signals.get(placement.personId);
    if (alert && (!known || alert.endsOn < known.endsOn))
      signals.set(placement.personId, { placementId: placement.id, ...alert });
  }
  return signals;
}

/** A subquery of the organization's person ids with a contract ending within its window (caseload filter). */
export function personIdsWithContractEnding(db: Executor, organizationId: string, today: string) {
  return placementsRepository(db).personIdsEndingWithin(organizationId, today, defaultEndAlertDays);
}

/**
 * A placement as the evidence of an exit: whose it is, its dates, the levels compared at hire and the
 * job's occupation (for "employed in one's field").
 */
export async function placementForExit(db: Executor, placementId: string, organizationId: string) {
  const placement = await placementsRepository(db).find(placementId, organizationId);
  if (!placement) return undefined;
  return {
    personId: placement.personId,
    contractType: placement.contractType,
    startsOn: placement.startsOn,
    endsOn: contractEnd(placement),
    jobSkillLevel: placement.jobSkillLevel,
    personSkillLevel: placement.personSkillLevel,
    escoId: placement.escoId,
    iscoCode: placement.iscoCode,
  };
}

const quartersPer = { hour: null, month: 3, year: 0.25 } as const;

/**
 * The gross wage of a quarter in integer cents: a monthly wage three times, a yearly one a quarter of
 * it, an hourly one times the weekly hours and 13 weeks; null when the wage or the hours are unknown.
 */
export function quarterlyWageCents(placement: {
  wageCents: number | null;
  wagePeriod: 'hour' | 'month' | 'year' | null;
  hoursPerWeek: number | null;
}): number | null {
  if (placement.wageCents === null || placement.wagePeriod === null) return null;
  const factor = quartersPer[placement.wagePeriod];
  if (factor !== null) return Math.round(placement.wageCents * factor);
  return placement.hoursPerWeek === null
    ? null
    : Math.round(placement.wageCents * placement.hoursPerWeek * 13);
}

/** The work contracts of these people, as the outcome measures read them (dates with renewals and early ends). */
export async function jobSpellsOfPeople(db: Executor, personIds: readonly string[] | PersonIdQuery) {
  const placements = await placementsRepository(db).ofPeople(personIds);
  return placements.map((p) => ({
    personId: p.personId,
    employerId: p.employerId,
    startsOn: p.startsOn,
    endsOn: contractEnd(p),
    contractType: p.contractType,
    quarterlyWageCents: quarterlyWageCents(p),
    jobSkillLevel: p.jobSkillLevel,
    personSkillLevel: p.personSkillLevel,
  }));
}

/**
 * The occupation of each contract of these people (its ESCO occupation and ISCO code) with its dates:
 * what the recognition module reads to tell who is employed in the field of their credential.
 */
export async function jobOccupationsOfPeople(db: Executor, personIds: readonly string[]) {
  const placements = await placementsRepository(db).ofPeople(personIds);
  return placements.map((p) => ({
    personId: p.personId,
    escoId: p.escoId,
    iscoCode: p.iscoCode,
    startsOn: p.startsOn,
    endsOn: contractEnd(p),
  }));
}

/**
 * The same spells as `jobSpellsOfPeople`, for the people of a query (a whole program's): one statement
 * with only the columns the measures read; the end is `contractEnd` of the contract with its latest
 * renewal, which is the only renewal that moves it.
 */
export async function jobSpellsOfPeopleQuery(db: Executor, personIds: PersonIdQuery) {
  const spells = await placementsRepository(db).spellsOfPeople(personIds);
  return spells.map((p) => ({
    personId: p.personId,
    employerId: p.employerId,
    startsOn: p.startsOn,
    endsOn: contractEnd({
      contractType: p.contractType,
      startsOn: p.startsOn,
      plannedEndOn: p.plannedEndOn,
      endedEarlyOn: p.endedEarlyOn,
      renewals: p.lastRenewalEndOn === null ? [] : [{ newEndOn: p.lastRenewalEndOn, decidedOn: p.startsOn }],
      suspensions: [],
    }),
    contractType: p.contractType,
    quarterlyWageCents: quarterlyWageCents(p),
    jobSkillLevel: p.jobSkillLevel,
    personSkillLevel: p.personSkillLevel,
  }));
}

/**
 * The spells of `jobSpellsOfPeopleQuery` as a query to embed (id, person_id, starts_on, ends_on,
 * contract_type, quarterly_wage_cents, job_skill_level, person_skill_level), for figures the database counts.
 */
export { jobSpellsQuery } from './adapters/job-spells-query.js';
export { placementsForExport } from './placements-export.js';
