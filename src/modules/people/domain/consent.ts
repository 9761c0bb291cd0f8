/** The sections of a file a consent to share may cover (migration 0065), in the order the file shows them. */
export const consentSections = ['identity', 'plan', 'sessions', 'employment', 'documents'] as const;
export type ConsentSection = (typeof consentSections)[number];

/** The purpose under which partner organizations read a person's file. */
export const sharingPurpose = 'sharing_with_partners';

/** Consents recorded before sections existed share the name only (see migration 0065). */
export const legacyCovers: readonly ConsentSection[] = ['identity'];

export interface ConsentRecord {
  purpose: string;
  partnerOrganizationIds: readonly string[];
  /** "Members of consortium X": whoever is a member when reading (absent: none). */
  partnerConsortiumIds?: readonly string[];
  /** The sections shared (absent: `legacyCovers`). */
  covers?: readonly string[];
  givenOn: string;
  expiresOn: string | null;
  revokedOn: string | null;
}

/**
 * An organization that reads another's file, with the consortia it is a member of at the time of the
 * read — not those it only coordinates: a consortium's coordinators see figures, never files.
 */
export interface ConsentReader {
  organizationId: string;
  memberOfConsortiumIds: readonly string[];
}

export type ConsentState = 'in_force' | 'not_yet_in_force' | 'expired' | 'revoked';

/** In force on a date: given on or before it, not revoked on or before it, not expired before it. */
export function isConsentInForce(consent: ConsentRecord, onDate: string): boolean {
  return consentState(consent, onDate) === 'in_force';
}

/**
 * What the file says of a consent on a date. A revocation counts from its day (nothing is read under
 * it that day); the expiry day is the last day in force. A revocation wins over an expiry before it.
 */
export function consentState(consent: ConsentRecord, onDate: string): ConsentState {
  if (consent.revokedOn !== null && consent.revokedOn <= onDate) return 'revoked';
  if (consent.expiresOn !== null && consent.expiresOn < onDate) return 'expired';
  if (consent.givenOn > onDate) return 'not_yet_in_force';
  return 'in_force';
}

/** Whether the consent names this organization, itself or as a member of a consortium it names. */
export function namesReader(consent: ConsentRecord, reader: ConsentReader): boolean {
  return (
    consent.partnerOrganizationIds.includes(reader.organizationId) ||
    (consent.partnerConsortiumIds ?? []).some((id) => reader.memberOfConsortiumIds.includes(id))
  );
}

/** The sections a consent covers, as stored (unknown values ignored). */
export function coveredSections(consent: ConsentRecord): ConsentSection[] {
  const covers = consent.covers ?? legacyCovers;
  return consentSections.filter((section) => covers.includes(section));
}

/**
 * Whether some consent in force covers this purpose for this partner (an empty partner list covers
 * none) and, when asked, this section. A partner given as an id alone is named only directly.
 */
export function consentCovers(
  consents: readonly ConsentRecord[],
  purpose: string,
  partner: string | ConsentReader | null,
  onDate: string,
  section?: ConsentSection,
): boolean {
  const reader =
    typeof partner === 'string' ? { organizationId: partner, memberOfConsortiumIds: [] } : partner;
  return consents.some(
    (c) =>
      c.purpose === purpose &&
      isConsentInForce(c, onDate) &&
      (reader === null || namesReader(c, reader)) &&
      (section === undefined || coveredSections(c).includes(section)),
  );
}

/** The consents to share in force that day and naming the reader. */
export function sharingConsentsFor<T extends ConsentRecord>(
  consents: readonly T[],
  reader: ConsentReader,
  onDate: string,
): T[] {
  return consents.filter(
    (c) => c.purpose === sharingPurpose && isConsentInForce(c, onDate) && namesReader(c, reader),
  );
}

/**
 * Each section the reader may read that day, with the consent that allows it (the first of the file's
 * order when several do): every read is audited under the consent that allowed it.
 */
export function sectionsAllowed<T extends ConsentRecord>(
  consents: readonly T[],
  reader: ConsentReader,
  onDate: string,
): Map<ConsentSection, T> {
  const allowed = new Map<ConsentSection, T>();
  for (const consent of sharingConsentsFor(consents, reader, onDate))
    for (const section of coveredSections(consent)) if (!allowed.has(section)) allowed.set(section, consent);
  return new Map(consentSections.filter((s) => allowed.has(s)).map((s) => [s, allowed.get(s) as T]));
}

/** The last day the reader may still read under these consents (null: until revoked). */
export function sharedUntil(consents: readonly ConsentRecord[]): string | null {
  if (consents.some((c) => c.expiresOn === null)) return null;
  return consents.reduce<string | null>(
    (latest, c) => (latest === null || (c.expiresOn as string) > latest ? c.expiresOn : latest),
    null,
  );
}
