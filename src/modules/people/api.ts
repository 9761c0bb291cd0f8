/**
 * What other modules may ask of the people module. They never read its tables.
 */
import type { Actor } from '../../core/auth/actor.js';
import type { Executor } from '../../core/db/types.js';
import { type CaseloadQuery, caseloadRepository } from './adapters/caseload-repository.js';
import { peopleRepository } from './adapters/people-repository.js';
import { consentCovers } from './domain/consent.js';
import type { ImmigrationStatus } from './domain/immigration-status.js';
import { searchTextOf } from './domain/search-text.js';
import { seesSensitive } from './use-cases/person-access.js';

export type { PersonIdQuery } from './adapters/caseload-repository.js';
export type { ImmigrationStatus } from './domain/immigration-status.js';
export { immigrationStatuses, internationalProtection } from './domain/immigration-status.js';

/** The facts eligibility rules are evaluated on; dates are 'YYYY-MM-DD'. */
export interface EligibilityFacts {
  personId: string;
  organizationId: string;
  birthDate: string | null;
  immigrationStatus: ImmigrationStatus | null;
  /** Date the current status was granted (or the application filed, for asylum seekers). */
  statusDate: string | null;
  asylumApplicationDate: string | null;
  arrivalDate: string | null;
  hasForeignDegree: boolean;
  residenceCountry: string | null;
  residenceRegion: string | null;
  residenceCity: string | null;
  householdSize: number;
  /** Shared by the members of one household, so that programs can count households (Québec). */
  householdKey: string;
}

/** The person's facts, when the organization follows them; undefined otherwise. */
export async function eligibilityFacts(
  db: Executor,
  personId: string,
  organizationId: string,
): Promise<EligibilityFacts | undefined> {
  const repo = peopleRepository(db);
  const person = await repo.findPerson(personId, organizationId);
  if (!person) return undefined;
  const [hasForeignDegree, householdSize] = await Promise.all([
    repo.hasForeignDegree(personId),
    repo.householdSize(personId),
  ]);
  return {
    personId,
    organizationId,
    birthDate: person.birthDate,
    immigrationStatus: person.immigrationStatus as ImmigrationStatus | null,
    statusDate: person.statusDate,
    asylumApplicationDate: person.asylumApplicationDate,
    arrivalDate: person.arrivalDate,
    hasForeignDegree,
    residenceCountry: person.country,
    residenceRegion: person.region,
    residenceCity: person.city,
    householdSize,
    // The person registered is the household's reference: members are recorded in their file.
    householdKey: person.id,
  };
}

/** Who the person is, for other modules' screens; undefined when the organization does not follow them. */
export interface PersonSummary {
  id: string;
  givenName: string;
  familyName: string;
  givenNameOriginal: string | null;
  familyNameOriginal: string | null;
  birthDate: string | null;
}

export async function personSummary(
  db: Executor,
  personId: string,
  organizationId: string,
): Promise<PersonSummary | undefined> {
  const person = await peopleRepository(db).findPerson(personId, organizationId);
  if (!person) return undefined;
  return {
    id: person.id,
    givenName: person.givenName,
    familyName: person.familyName,
    givenNameOriginal: person.givenNameOriginal,
    familyNameOriginal: person.familyNameOriginal,
    birthDate: person.birthDate,
  };
}

/** Whether a consent in force on that date covers this purpose and partner. */
export async function hasConsent(
  db: Executor,
  personId: string,
  purpose: string,
  partnerOrganizationId: string | null,
  onDate: string,
): Promise<boolean> {
  const rows = await peopleRepository(db).consentsOf(personId);
  return consentCovers(
    rows.map((r) => ({
      purpose: r.purpose,
      partnerOrganizationIds: r.partner_organization_ids,
      givenOn: r.given_on,
      expiresOn: r.expires_on,
      revokedOn: r.revoked_on,
    })),
    purpose,
    partnerOrganizationId,
    onDate,
  );
}

/**
 * One page of the organization's people for the caseload. Filtering by immigration status would
 * reveal it, so it applies only to roles that may see statuses.
 */
export function caseloadPage(
  db: Executor,
  actor: Actor,
  query: Omit<CaseloadQuery, 'organizationId' | 'search'> & { search?: string },
) {
  return caseloadRepository(db).caseload(scopedCaseloadQuery(actor, query));
}

/**
 * Every person matching the caseload's filters, by name, up to `limit` (`complete` says whether
 * that was all), for orders computed from other modules' signals (urgency, next action).
 */
export function caseloadAll(
  db: Executor,
  actor: Actor,
  query: Omit<CaseloadQuery, 'organizationId' | 'search' | 'page' | 'pageSize' | 'sort'> & {
    search?: string;
  },
  limit: number,
) {
  return caseloadRepository(db).caseloadAll(scopedCaseloadQuery(actor, query), limit);
}

function scopedCaseloadQuery<Q extends { search?: string; immigrationStatus?: string }>(
  actor: Actor,
  query: Q,
) {
  const search = query.search ? searchTextOf([query.search]) : '';
  return {
    ...query,
    organizationId: actor.organizationId,
    search: search || undefined,
    immigrationStatus: seesSensitive(actor) ? query.immigrationStatus : undefined,
  };
}

/** How to write to the person about their own affairs (a payment reminder); undefined when not followed. */
export async function reminderContact(
  db: Executor,
  personId: string,
  organizationId: string,
): Promise<{ givenName: string; email: string | null; preferredLanguage: string | null } | undefined> {
  const person = await peopleRepository(db).findPerson(personId, organizationId);
  if (!person) return undefined;
  return { givenName: person.givenName, email: person.email, preferredLanguage: person.preferredLanguage };
}

/** Who follows the person (their referent), null when nobody is named; undefined when not followed. */
export async function personReferent(
  db: Executor,
  personId: string,
  organizationId: string,
): Promise<{ referentUserId: string | null } | undefined> {
  const person = await peopleRepository(db).findPerson(personId, organizationId);
  return person ? { referentUserId: person.referentUserId } : undefined;
}

export { type FrontDoorApplicant, registerFromFrontDoor } from './front-door-registration.js';

/** The organization's person with this e-mail (case ignored), if it follows one. */
export function findPersonByEmail(
  db: Executor,
  organizationId: string,
  email: string,
): Promise<string | undefined> {
  return peopleRepository(db).findIdByEmail(organizationId, email);
}
