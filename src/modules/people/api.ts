/**
 * What other modules may ask of the people module. They never read its tables.
 */

import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.js';
import type { KeyRing } from '../../core/crypto/key-ring.js';
import type { Executor } from '../../core/db/types.js';
import { organizationsApi } from '../organizations/api.js';
import {
  type CaseloadQuery,
  caseloadRepository,
  type PersonIdQuery,
} from './adapters/caseload-repository.js';
import { decisionsAbout } from './adapters/duplicate-decisions-repository.js';
import { matchingProfilesRepository } from './adapters/matching-profiles-repository.js';
import { type PersonRow, peopleRepository } from './adapters/people-repository.js';
import { mergesInForceOf } from './adapters/person-merges-repository.js';
import { privacyRepository } from './adapters/privacy-repository.js';
import { type SharedConsentRow, sharingRepository } from './adapters/sharing-repository.js';
import {
  type ConsentReader,
  type ConsentSection,
  consentCovers,
  sectionsAllowed,
  sharingConsentsFor,
} from './domain/consent.js';
import type { ImmigrationStatus } from './domain/immigration-status.js';
import { searchTextOf } from './domain/search-text.js';
import { seesSensitive } from './use-cases/person-access.js';

export type { PersonIdQuery } from './adapters/caseload-repository.js';
export type { ImmigrationStatus } from './domain/immigration-status.js';
export { immigrationStatuses, internationalProtection } from './domain/immigration-status.js';
export { type PersonHighlights, personHighlights } from './overview.js';

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

function summaryOf(person: PersonRow): PersonSummary {
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

/**
 * Whether a consent in force on that date covers this purpose and partner — named itself, or as a
 * member that day of a consortium the consent names — and, when asked, this section of the file.
 */
export async function hasConsent(
  db: Executor,
  personId: string,
  purpose: string,
  partnerOrganizationId: string | null,
  onDate: string,
  section?: ConsentSection,
): Promise<boolean> {
  const rows = await peopleRepository(db).consentsOf(personId);
  const reader = partnerOrganizationId === null ? null : await consentReader(db, partnerOrganizationId);
  return consentCovers(
    rows.map((r) => ({
      purpose: r.purpose,
      partnerOrganizationIds: r.partner_organization_ids,
      partnerConsortiumIds: r.partner_consortium_ids,
      covers: r.covers,
      givenOn: r.given_on,
      expiresOn: r.expires_on,
      revokedOn: r.revoked_on,
    })),
    purpose,
    reader,
    onDate,
    section,
  );
}

/** An organization as a reader of others' files: itself, and the consortia it is a member of now. */
export async function consentReader(db: Executor, organizationId: string): Promise<ConsentReader> {
  return {
    organizationId,
    memberOfConsortiumIds: await organizationsApi(db).consortiaWhereMember(organizationId),
  };
}

export type { SharedConsentRow as SharingConsent } from './adapters/sharing-repository.js';
export {
  type ConsentReader,
  type ConsentSection,
  consentSections,
  sharingPurpose,
} from './domain/consent.js';

/** Today in an organization's calendar: a consent is in force, revoked or expired by the day of the one that keeps it. */
export type TodayOf = (organizationId: string) => Promise<string>;

/**
 * The people whose consent to share, in force that day, names the reader: each with the consents that
 * allow it, and who they are (the minimum a partner's list shows). Restricted and anonymized files never.
 */
export async function peopleSharedWith(db: Executor, reader: ConsentReader, todayOf: TodayOf) {
  const rows = await sharingRepository(db).consentsNaming(
    reader.organizationId,
    reader.memberOfConsortiumIds,
  );
  const byPerson = new Map<
    string,
    {
      person: { id: string; givenName: string; familyName: string; organizationId: string };
      consents: SharedConsentRow[];
    }
  >();
  const days = new Map<string, string>();
  for (const { givenName, familyName, ...row } of rows) {
    if (row.organizationId === reader.organizationId) continue;
    if (!days.has(row.organizationId)) days.set(row.organizationId, await todayOf(row.organizationId));
    if (sharingConsentsFor([row], reader, days.get(row.organizationId) as string).length === 0) continue;
    const shared = byPerson.get(row.personId) ?? {
      person: { id: row.personId, givenName, familyName, organizationId: row.organizationId },
      consents: [],
    };
    shared.consents.push(row);
    byPerson.set(row.personId, shared);
  }
  return [...byPerson.values()];
}

/**
 * What a partner may read of one person's file that day: each section with the consent that allows it,
 * and who the person is (name, birth date, sex, contact and town — never the immigration status). Undefined
 * when no consent in force names the reader, the file is the reader's own, restricted or anonymized.
 */
export async function sharedFileOf(db: Executor, personId: string, reader: ConsentReader, todayOf: TodayOf) {
  const consents = await sharingRepository(db).consentsOfLiveFile(personId);
  const owner = consents[0]?.organizationId;
  if (!owner || owner === reader.organizationId) return undefined;
  const today = await todayOf(owner);
  const sections = sectionsAllowed(consents, reader, today);
  if (sections.size === 0) return undefined;
  const person = await peopleRepository(db).findPerson(personId, owner);
  if (!person) return undefined;
  return {
    organizationId: owner,
    today,
    sections,
    identity: {
      ...summaryOf(person),
      phone: person.phone,
      email: person.email,
      city: person.city,
      preferredLanguage: person.preferredLanguage,
    },
  };
}

/** The person's consents, when the organization follows them (for who read under each); undefined otherwise. */
export async function consentsOfPerson(db: Executor, personId: string, organizationId: string) {
  if (!(await peopleRepository(db).findPerson(personId, organizationId))) return undefined;
  return (await peopleRepository(db).consentsOf(personId)).map((c) => ({ id: c.id, purpose: c.purpose }));
}

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

export { draftEligibilityFacts } from './draft-facts.js';
export { type FrontDoorApplicant, registerFromFrontDoor } from './front-door-registration.js';
export * as peopleMerges from './merges.js';

/** A file of the organization seen from the other side of a merge in force: who, and since when. */
export interface MergedFileRef {
  personId: string;
  givenName: string;
  familyName: string;
  givenNameOriginal: string | null;
  familyNameOriginal: string | null;
  mergedAt: Date;
}

async function refsOf(
  db: Executor,
  organizationId: string,
  merges: readonly { personId: string; mergedAt: Date }[],
): Promise<MergedFileRef[]> {
  const repo = peopleRepository(db);
  const refs: MergedFileRef[] = [];
  for (const { personId, mergedAt } of merges) {
    const person = await repo.findPerson(personId, organizationId);
    if (!person) continue;
    const { givenName, familyName, givenNameOriginal, familyNameOriginal } = person;
    refs.push({ personId, givenName, familyName, givenNameOriginal, familyNameOriginal, mergedAt });
  }
  return refs;
}

/**
 * The files merged into this kept file by merges in force (undone ones left out), oldest merge first,
 * with the names their own readers see — only the organization's own files: a file of another
 * organization is never merged, and nothing is answered for a file the organization does not follow.
 * A merged file's records stay on it; the kept file's screens read them through these ids.
 */
export async function filesMergedInto(
  db: Executor,
  organizationId: string,
  keptPersonId: string,
): Promise<MergedFileRef[]> {
  const merges = await mergesInForceOf(db, organizationId, [keptPersonId]);
  return refsOf(
    db,
    organizationId,
    merges
      .filter((m) => m.keptPersonId === keptPersonId)
      .map((m) => ({ personId: m.mergedPersonId, mergedAt: m.mergedAt })),
  );
}

/**
 * For SQL figures: every file merged away by a merge in force (`merged_person_id`) and the file kept
 * (`kept_person_id`), which it counts as — a merged pair is one person (docs/duplicates.md). A subquery
 * of the merges' own table, so that figures join it without reading people's tables themselves.
 */
export function mergedAwayFiles(db: Executor) {
  return db
    .selectFrom('person_merges')
    .select(['person_merges.merged_person_id', 'person_merges.kept_person_id'])
    .where('person_merges.undone_at', 'is', null);
}

/**
 * For SQL figures that count people: every file merged away by a merge in force, the file kept, and
 * who the pair counts as (`kept_counted_as`): the kept file's counting key when it is linked to files
 * of other organizations, else the kept file's id — so a merged pair is one person, and one person
 * with the files the kept one is linked to. The kept file's own enrolments carry its counting key.
 */
export function mergedFilesCountedAs(db: Executor) {
  return db
    .selectFrom('person_merges')
    .innerJoin('people as kept', (join) =>
      join
        .onRef('kept.id', '=', 'person_merges.kept_person_id')
        .onRef('kept.organization_id', '=', 'person_merges.organization_id'),
    )
    .select([
      'person_merges.merged_person_id',
      'person_merges.kept_person_id',
      sql<string>`coalesce(kept.counting_key, kept.id)`.as('kept_counted_as'),
    ])
    .where('person_merges.undone_at', 'is', null);
}

/**
 * Of these files, those merged away by a merge in force, each with the file kept and who the pair
 * counts as (as `mergedFilesCountedAs`, read for records computed in memory).
 */
export async function keptFilesCountedAs(
  db: Executor,
  personIds: PersonIdQuery,
): Promise<Map<string, { keptPersonId: string; countedAs: string }>> {
  const merges = await db
    .selectFrom('person_merges')
    .select(['merged_person_id as mergedPersonId', 'kept_person_id as keptPersonId'])
    .where('undone_at', 'is', null)
    .where('merged_person_id', 'in', personIds)
    .execute();
  if (merges.length === 0) return new Map();
  const kept = await db
    .selectFrom('people')
    .select(['id', 'counting_key as countingKey'])
    .where(
      'id',
      'in',
      merges.map((m) => m.keptPersonId),
    )
    .execute();
  const countingKeyOf = new Map(kept.map((k) => [k.id, k.countingKey]));
  return new Map(
    merges.map((m) => [
      m.mergedPersonId,
      { keptPersonId: m.keptPersonId, countedAs: countingKeyOf.get(m.keptPersonId) ?? m.keptPersonId },
    ]),
  );
}

/** The kept file this file is merged into by a merge in force, if any (same organization only). */
export async function keptFileOf(
  db: Executor,
  organizationId: string,
  personId: string,
): Promise<MergedFileRef | undefined> {
  const merges = await mergesInForceOf(db, organizationId, [personId]);
  const merge = merges.find((m) => m.mergedPersonId === personId);
  if (!merge) return undefined;
  return (await refsOf(db, organizationId, [{ personId: merge.keptPersonId, mergedAt: merge.mergedAt }]))[0];
}
export * as peoplePrivacy from './privacy.js';
/** The enrolment port of the caseload import, which programs implements (`importEnrolments`). */
export type {
  ImportEnrolmentRefusal,
  ImportEnrolmentRequest,
  ImportEnrolments,
  ImportProgram,
} from './use-cases/import-people-enrolments.js';
export {
  type PersonDraft,
  type PersonRegistrationScope,
  registerPerson,
} from './use-cases/register-person.js';

/** The organization's person with this e-mail (case ignored), if it follows one. */
export function findPersonByEmail(
  db: Executor,
  organizationId: string,
  email: string,
): Promise<string | undefined> {
  return peopleRepository(db).findIdByEmail(organizationId, email);
}

export type { MatchingProfileRow } from './adapters/matching-profiles-repository.js';

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

export { type OutcomeFactsRow, outcomeFactsOf } from './adapters/outcome-facts-repository.js';
export { qualificationEvidenceOf } from './adapters/qualification-evidence-repository.js';
export { type ReportFactsRow, reportFactsOf } from './adapters/report-facts-repository.js';
/**
 * What funder reports counted by the database break down by, as a query to embed: each person's `id`,
 * `sex`, `birth_year` and `nationality` (blank as null, as `outcomeFactsOf` and `reportFactsOf` read
 * them). Never a name, never the sealed status.
 */
export function reportBreakdownFactsQuery(db: Executor, personIds: PersonIdQuery) {
  return db
    .selectFrom('people')
    .where('id', 'in', personIds)
    .select([
      'id',
      'sex',
      sql<number | null>`extract(year from birth_date)::int`.as('birth_year'),
      sql<string | null>`nullif(btrim(nationality), '')`.as('nationality'),
    ]);
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

/** Every file's duplicate-detection keys written again (`passerelle duplicates rebuild-keys`). */
export { rebuildAllDuplicateKeys } from './adapters/duplicate-keys-repository.js';
export { runConsortiumDuplicatesNow } from './duplicate-runs.js';

export {
  followsPerson,
  linkFilesForCounting,
  linkHandedOverFiles,
  openHandedOverFile,
  takeOverWithReferent,
} from './handoff-files.js';
export { copyHandedOverDependants, reformHandedOverHousehold } from './handoff-household.js';
export { type HouseholdFacts, householdFactsOf } from './household-facts.js';
export { currentHouseholdOfPerson } from './household-of-person.js';
