/**
 * The people module's part in the person's rights: what the file holds (export), the restriction
 * flag and the anonymization of the file. Called by the privacy module through `api.ts`.
 */
import type { KeyRing } from '../../core/crypto/key-ring.js';
import type { Executor } from '../../core/db/types.js';
import { householdsRepository } from './adapters/households-repository.js';
import { peopleRepository } from './adapters/people-repository.js';
import {
  overrideProcessingRestriction,
  type PrivacyState,
  privacyRepository,
} from './adapters/privacy-repository.js';
import { sensitiveBarrierCategories } from './domain/file-vocabulary.js';

export type { PrivacyState } from './adapters/privacy-repository.js';
export { overrideProcessingRestriction } from './adapters/privacy-repository.js';

/**
 * Everything the file holds on the person, for an export (GDPR art. 15 and 20); undefined when the
 * organization does not follow them. Immigration status details and health barriers only when
 * `sensitive` (the caller's role may see them).
 */
export async function personDataFor(
  db: Executor,
  organizationId: string,
  personId: string,
  options: { sensitive: boolean; keyRing: KeyRing | undefined },
) {
  const repo = peopleRepository(db, options.keyRing);
  const person = await repo.findPerson(personId, organizationId);
  if (!person) return undefined;
  const [items, referentChanges, state, householdStays] = await Promise.all([
    repo.items(personId),
    privacyRepository(db).referentChanges(personId),
    privacyRepository(db).state(personId),
    householdsRepository(db).staysOf(personId, organizationId),
  ]);
  const { sensitive } = options;
  const status = sensitive ? repo.statusOf(person) : undefined;
  return {
    identity: {
      id: person.id,
      givenName: person.givenName,
      familyName: person.familyName,
      givenNameOriginal: person.givenNameOriginal,
      familyNameOriginal: person.familyNameOriginal,
      sex: person.sex,
      birthDate: person.birthDate,
      birthYear: state?.birthYear ?? null,
      nationality: person.nationality,
      phone: person.phone,
      email: person.email,
      address: person.address,
      city: person.city,
      region: person.region,
      country: person.country,
      preferredLanguage: person.preferredLanguage,
      immigrationStatus: status?.immigrationStatus ?? null,
      statusDate: status?.statusDate ?? null,
      asylumApplicationDate: status?.asylumApplicationDate ?? null,
      arrivalDate: person.arrivalDate,
      referentUserId: person.referentUserId,
      createdAt: person.createdAt.toISOString(),
      updatedAt: person.updatedAt.toISOString(),
    },
    languages: items.languages.map((l) => ({
      language: l.language,
      motherTongue: l.mother_tongue,
      scale: l.scale,
      skill: l.skill,
      level: l.level,
      testName: l.test_name,
      testDate: l.test_date,
    })),
    education: items.education.map((e) => ({
      iscedLevel: e.isced_level,
      field: e.field,
      country: e.country,
      yearCompleted: e.year_completed,
      obtainedAbroad: e.obtained_abroad,
      recognitionStatus: e.recognition_status,
    })),
    experience: items.experience.map((e) => ({
      occupationLabel: e.occupation_label,
      escoId: e.esco_id,
      employer: e.employer,
      country: e.country,
      startYear: e.start_year,
      endYear: e.end_year,
    })),
    barriers: items.barriers
      .filter((b) => sensitive || !sensitiveBarrierCategories.includes(b.category))
      .map((b) => ({
        category: b.category,
        status: b.status,
        identifiedOn: b.identified_on,
        resolvedOn: b.resolved_on,
        note: b.note,
      })),
    household: items.household.map((h) => ({
      relation: h.relation,
      givenName: h.given_name,
      birthYear: h.birth_year,
    })),
    // Households of files the person lived in (migration 0060): which, their relation, when; no one's name.
    householdMemberships: householdStays,
    consents: items.consents.map((c) => ({
      purpose: c.purpose,
      partnerOrganizationIds: c.partner_organization_ids,
      givenOn: c.given_on,
      expiresOn: c.expires_on,
      revokedOn: c.revoked_on,
    })),
    referentChanges: referentChanges.map((r) => ({
      fromUserId: r.from_user_id,
      toUserId: r.to_user_id,
      reason: r.reason,
      changedBy: r.changed_by,
      changedAt: r.changed_at.toISOString(),
    })),
    sensitiveHidden: !sensitive,
  };
}

export type PersonData = NonNullable<Awaited<ReturnType<typeof personDataFor>>>;

/** Whether the person's processing is restricted or their file anonymized; undefined when not followed. */
export async function personPrivacyState(
  db: Executor,
  organizationId: string,
  personId: string,
): Promise<PrivacyState | undefined> {
  const person = await peopleRepository(db).findPerson(personId, organizationId);
  if (!person) return undefined;
  return (
    (await privacyRepository(db).state(personId)) ?? {
      restrictedAt: null,
      restrictedBy: null,
      restrictionReason: null,
      anonymizedAt: null,
      pseudonym: null,
      birthYear: null,
    }
  );
}

/** Freezes (or, with null, releases) the processing of the person's data (GDPR art. 18). */
export async function setProcessingRestriction(
  db: Executor,
  organizationId: string,
  personId: string,
  restriction: { at: Date; by: string; reason: string } | null,
): Promise<void> {
  await overrideProcessingRestriction(db);
  await privacyRepository(db).setRestriction(personId, organizationId, restriction);
}

/**
 * Anonymizes the file: names, contacts, address, exact birth date (a year stays), status details and
 * the file's free texts go; the rows stay so that every count stays the same. Irreversible.
 */
export async function anonymizePersonFile(
  db: Executor,
  keyRing: KeyRing | undefined,
  organizationId: string,
  personId: string,
  anonymization: { at: Date; by: string | null; reason: string; pseudonym: string },
) {
  const repo = peopleRepository(db, keyRing);
  const person = await repo.findPerson(personId, organizationId);
  if (!person) return undefined;
  await overrideProcessingRestriction(db);
  const birthYear = person.birthDate ? Number(person.birthDate.slice(0, 4)) : null;
  const counts = await privacyRepository(db).anonymize(personId, organizationId, {
    ...anonymization,
    birthYear,
  });
  // A barrier keeps its category (sealed) and loses its note.
  const { barriers } = await repo.items(personId);
  let barriersChanged = 0;
  for (const barrier of barriers.filter((b) => b.note !== null)) {
    await repo.updateItem('person_barriers', barrier.id, personId, {
      category: barrier.category,
      note: null,
    });
    barriersChanged += 1;
  }
  return { ...counts, barriers: barriersChanged };
}

/** Files of the organization created before `before` and not anonymized yet (retention candidates). */
export function filesCreatedBefore(db: Executor, organizationId: string, before: Date): Promise<string[]> {
  return privacyRepository(db).notAnonymizedCreatedBefore(organizationId, before);
}
