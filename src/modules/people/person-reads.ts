/**
 * Who a person is, as other modules read it (`api.ts` re-exports these): eligibility facts, the summary
 * screens show, how to write to them, and the files elsewhere decided to be them.
 */

import type { KeyRing } from '../../core/crypto/key-ring.js';
import type { Executor } from '../../core/db/types.js';
import { decisionsAbout } from './adapters/duplicate-decisions-repository.js';
import { type PersonRow, peopleRepository } from './adapters/people-repository.js';
import { privacyRepository } from './adapters/privacy-repository.js';
import type { ImmigrationStatus } from './domain/immigration-status.js';

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
  /** Shared by the person's files in other organizations (a hand-off, a duplicate link); null: this file alone. */
  countingKey: string | null;
}

/**
 * The person's facts, when the organization follows them; undefined otherwise. The status and its
 * dates are stored sealed: the key ring (`deps.keyRing`) opens them.
 */
export async function eligibilityFacts(
  db: Executor,
  keyRing: KeyRing | undefined,
  personId: string,
  organizationId: string,
): Promise<EligibilityFacts | undefined> {
  const repo = peopleRepository(db, keyRing);
  const person = await repo.findPersonForEligibility(personId, organizationId);
  if (!person) return undefined;
  const status = repo.statusOf(person);
  return {
    personId,
    organizationId,
    birthDate: person.birthDate,
    immigrationStatus: status.immigrationStatus as ImmigrationStatus | null,
    statusDate: status.statusDate,
    asylumApplicationDate: status.asylumApplicationDate,
    arrivalDate: person.arrivalDate,
    hasForeignDegree: person.hasForeignDegree,
    residenceCountry: person.country,
    residenceRegion: person.region,
    residenceCity: person.city,
    householdSize: person.householdSize,
    // The household of files the person is in now; else the person, with the dependants of their file.
    // A person linked to files elsewhere counts with them when alone (migration 0072).
    householdKey: person.householdId ?? person.countingKey ?? person.id,
    countingKey: person.countingKey,
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
  /** For the form of a gendered label ("Ingénieure génie civil"). */
  sex: 'female' | 'male' | 'other' | null;
}

export async function personSummary(
  db: Executor,
  personId: string,
  organizationId: string,
): Promise<PersonSummary | undefined> {
  const person = await peopleRepository(db).findPerson(personId, organizationId);
  return person && summaryOf(person);
}

export function summaryOf(person: PersonRow): PersonSummary {
  return {
    id: person.id,
    givenName: person.givenName,
    familyName: person.familyName,
    givenNameOriginal: person.givenNameOriginal,
    familyNameOriginal: person.familyNameOriginal,
    birthDate: person.birthDate,
    sex: person.sex,
  };
}

/** How to write to the person about their own affairs (a payment reminder); undefined when not followed. */
export async function reminderContact(
  db: Executor,
  personId: string,
  organizationId: string,
): Promise<
  | {
      givenName: string;
      email: string | null;
      /** As written in the file (national or international); `core/sms/phone-number.ts` reads it. */
      phone: string | null;
      preferredLanguage: string | null;
      restricted: boolean;
    }
  | undefined
> {
  const person = await peopleRepository(db).findPerson(personId, organizationId);
  if (!person) return undefined;
  // Writing to someone uses their data: while its processing is restricted (GDPR art. 18) or once the
  // file is anonymized, no reminder or message leaves, whichever module sends it.
  const privacy = await privacyRepository(db).state(personId);
  const restricted = Boolean(privacy?.restrictedAt || privacy?.anonymizedAt);
  return {
    givenName: person.givenName,
    email: restricted ? null : person.email,
    phone: restricted ? null : person.phone,
    preferredLanguage: person.preferredLanguage,
    restricted,
  };
}

/**
 * Who the person is and who follows them (their referent, null when nobody is named), from one read of
 * the file; undefined when the organization does not follow them. Every note and appointment asks.
 */
export async function personSummaryWithReferent(
  db: Executor,
  personId: string,
  organizationId: string,
): Promise<(PersonSummary & { referentUserId: string | null }) | undefined> {
  const person = await peopleRepository(db).findPerson(personId, organizationId);
  return person && { ...summaryOf(person), referentUserId: person.referentUserId };
}

/** The organization's person with this e-mail (case ignored), if it follows one. */
export function findPersonByEmail(
  db: Executor,
  organizationId: string,
  email: string,
): Promise<string | undefined> {
  return peopleRepository(db).findIdByEmail(organizationId, email);
}

/**
 * The files other member organizations follow that a person decided are this file's person (duplicate
 * decisions "same", either side deciding): whoever counts people across organizations counts them once.
 * Organization and file ids only, for counting; never shown to the other organization's staff.
 */
export async function linkedPeople(
  db: Executor,
  personId: string,
  organizationId: string,
): Promise<{ organizationId: string; personId: string }[]> {
  const decided = await decisionsAbout(db, { organizationId, personId });
  return decided
    .filter((d) => d.decision === 'same')
    .map(({ organizationId: other, personId: otherPerson }) => ({
      organizationId: other,
      personId: otherPerson,
    }));
}
