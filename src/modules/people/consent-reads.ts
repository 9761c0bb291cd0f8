/**
 * What partners may read under a person's consents, and the consents themselves (`api.ts` re-exports
 * these).
 */

import type { Executor } from '../../core/db/types.js';
import { organizationsApi } from '../organizations/api.js';
import { peopleRepository } from './adapters/people-repository.js';
import { type SharedConsentRow, sharingRepository } from './adapters/sharing-repository.js';
import {
  type ConsentReader,
  type ConsentSection,
  consentCovers,
  sectionsAllowed,
  sharingConsentsFor,
} from './domain/consent.js';
import { summaryOf } from './person-reads.js';

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
