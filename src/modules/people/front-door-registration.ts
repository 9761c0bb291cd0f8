import type { AuditWriter } from '../../core/audit/audit-log.js';
import type { Executor } from '../../core/db/types.js';
import type { IdGenerator } from '../../core/ids.js';
import type { TimelinePublisher } from '../../core/timeline/timeline.js';
import { peopleRepository } from './adapters/people-repository.js';
import { searchTextOf } from './domain/search-text.js';
import { recordInitialItems } from './use-cases/record-items.js';

/** The transaction and tools of the calling use case: the registration commits or fails with it. */
export interface RegistrationScope {
  trx: Executor;
  now: Date;
  newId: IdGenerator;
  audit: AuditWriter;
  timeline: TimelinePublisher;
  requestId: string;
}

export interface FrontDoorApplicant {
  organizationId: string;
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
  preferredLanguage: string;
  /** Who else is in the household, as the person said (the consortium front door): dependants of the file. */
  householdMembers?: readonly {
    relation: 'spouse' | 'child' | 'parent' | 'sibling' | 'other';
    givenName: string | null;
    birthYear: number | null;
  }[];
  /** The occupation they had, as they wrote it and the ESCO occupation they picked: a past job of the file. */
  formerOccupation?: { label: string; escoId: string | null } | null;
  /** Where the person said they live (a program's residence rule reads it at enrolment). */
  residence?: { city: string | null; region: string | null; country: string | null };
  /** Day the person ticked the consent box on the public form. */
  consentGivenOn: string;
  /** The staff member who accepted the request. */
  acceptedBy: string;
}

/**
 * Opens a file for someone who signed up on the public form and whose request a staff member
 * accepted: the identity they typed, and the consent they gave to have their data processed for the
 * program. No referent yet: the team names one at the first interview.
 */
export async function registerFromFrontDoor(
  scope: RegistrationScope,
  applicant: FrontDoorApplicant,
): Promise<{ id: string }> {
  const { trx, now, newId, audit, timeline } = scope;
  const repo = peopleRepository(trx);
  const id = newId();
  await repo.insertPerson({
    id,
    organizationId: applicant.organizationId,
    givenName: applicant.givenName,
    familyName: applicant.familyName,
    givenNameOriginal: null,
    familyNameOriginal: null,
    sex: null,
    birthDate: null,
    nationality: null,
    phone: applicant.phone,
    email: applicant.email,
    address: null,
    city: applicant.residence?.city ?? null,
    region: applicant.residence?.region ?? null,
    country: applicant.residence?.country ?? null,
    preferredLanguage: applicant.preferredLanguage,
    immigrationStatus: null,
    statusDate: null,
    asylumApplicationDate: null,
    arrivalDate: null,
    referentUserId: null,
    searchText: searchTextOf([applicant.givenName, applicant.familyName]),
    createdBy: applicant.acceptedBy,
    now,
  });
  const event = { organizationId: applicant.organizationId, personId: id, recordedBy: applicant.acceptedBy };
  await timeline.publish({
    ...event,
    occurredAt: now,
    module: 'people',
    kind: 'person.registered',
    resourceType: 'person',
    resourceId: id,
  });
  const consent = {
    kind: 'consent' as const,
    data: {
      purpose: 'program_data_processing' as const,
      partnerOrganizationIds: [],
      partnerConsortiumIds: [],
      covers: [],
      givenOn: applicant.consentGivenOn,
    },
  };
  const household = (applicant.householdMembers ?? []).map((member) => ({
    kind: 'household_member' as const,
    data: { relation: member.relation, givenName: member.givenName, birthYear: member.birthYear },
  }));
  const occupation = applicant.formerOccupation;
  const experience =
    occupation && occupation.label.trim().length >= 2
      ? [
          {
            kind: 'experience' as const,
            data: { occupationLabel: occupation.label.trim(), escoId: occupation.escoId },
          },
        ]
      : [];
  await recordInitialItems({ repo, timeline, newId, now }, event, [...household, ...experience, consent]);
  await audit.record({
    actorUserId: applicant.acceptedBy,
    organizationId: applicant.organizationId,
    subjectOrganizationId: applicant.organizationId,
    action: 'person.create',
    resourceType: 'person',
    resourceId: id,
    personId: id,
    requestId: scope.requestId,
    details: { source: 'front_door', items: 1 + household.length + experience.length },
  });
  return { id };
}
