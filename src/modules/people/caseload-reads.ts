/**
 * The organization's people as lists other modules read: the caseload's pages and matching's profiles
 * (`api.ts` re-exports these).
 */

import type { Actor } from '../../core/auth/actor.js';
import type { KeyRing } from '../../core/crypto/key-ring.js';
import type { Executor } from '../../core/db/types.js';
import { type CaseloadQuery, caseloadRepository } from './adapters/caseload-repository.js';
import { matchingProfilesRepository } from './adapters/matching-profiles-repository.js';
import { peopleRepository } from './adapters/people-repository.js';
import { consentCovers } from './domain/consent.js';
import { searchTextOf } from './domain/search-text.js';
import { seesSensitive } from './use-cases/person-access.js';

/** The caseload's filters as other modules give them; `immigrationStatus` is applied after opening. */
export type CaseloadFilters = Omit<CaseloadQuery, 'organizationId' | 'search' | 'personIds'> & {
  search?: string;
  immigrationStatus?: string;
};

/**
 * One page of the organization's people for the caseload. Filtering by immigration status would
 * reveal it, so it applies only to roles that may see statuses. Statuses are sealed (ADR 10): that
 * filter opens the status of everyone matching the other filters, keeps those who have it, and the
 * page is then read among them.
 */
export async function caseloadPage(
  db: Executor,
  keyRing: KeyRing | undefined,
  actor: Actor,
  query: CaseloadFilters,
) {
  const scoped = await scopedCaseloadQuery(db, keyRing, actor, query);
  if (scoped.personIds?.length === 0) return { items: [], total: 0 };
  return caseloadRepository(db).caseload(scoped);
}

/**
 * Every person matching the caseload's filters, by name, up to `limit` (`complete` says whether
 * that was all), for orders computed from other modules' signals (urgency, next action).
 */
export async function caseloadAll(
  db: Executor,
  keyRing: KeyRing | undefined,
  actor: Actor,
  query: Omit<CaseloadFilters, 'page' | 'pageSize' | 'sort'>,
  limit: number,
) {
  const scoped = await scopedCaseloadQuery(db, keyRing, actor, query);
  if (scoped.personIds?.length === 0) return { items: [], complete: true };
  return caseloadRepository(db).caseloadAll(scoped, limit);
}

async function scopedCaseloadQuery<Q extends { search?: string; immigrationStatus?: string }>(
  db: Executor,
  keyRing: KeyRing | undefined,
  actor: Actor,
  query: Q,
): Promise<
  Omit<Q, 'immigrationStatus'> & { organizationId: string; search?: string; personIds?: readonly string[] }
> {
  const search = query.search ? searchTextOf([query.search]) : '';
  const { immigrationStatus, ...filters } = query;
  const scoped = { ...filters, organizationId: actor.organizationId, search: search || undefined };
  if (immigrationStatus === undefined || !seesSensitive(actor)) return scoped;
  const repo = peopleRepository(db, keyRing);
  const candidates = await caseloadRepository(db).sealedStatuses(scoped);
  const personIds = candidates
    .filter((c) => repo.statusOf(c).immigrationStatus === immigrationStatus)
    .map((c) => c.id);
  return { ...scoped, personIds };
}

/**
 * What matching reads of people's files (matching module): identity, residence, languages, education
 * levels, past occupations, and whether a consent for `consentPurpose` is in force on `onDate` — of one
 * person or of the caseload (one referent's when given), restricted and anonymized files left out.
 */
export async function matchingProfiles(
  db: Executor,
  scope: { organizationId: string; personId?: string; referentUserId?: string; limit: number },
  consentPurpose: string,
  onDate: string,
) {
  const rows = await matchingProfilesRepository(db).profiles(scope);
  return rows.map(({ consents, ...profile }) => ({
    ...profile,
    consentInForce: consentCovers(consents, consentPurpose, null, onDate),
  }));
}
