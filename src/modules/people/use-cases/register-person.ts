import type { z } from 'zod';
import type { createPersonBody } from '../../../contracts/people.js';
import type { AuditWriter } from '../../../core/audit/audit-log.js';
import { type Actor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import type { KeyRing } from '../../../core/crypto/key-ring.js';
import type { Executor } from '../../../core/db/types.js';
import type { IdGenerator } from '../../../core/ids.js';
import { onDay, type TimelinePublisher } from '../../../core/timeline/timeline.js';
import { peopleRepository } from '../adapters/people-repository.js';
import { searchTextOf } from '../domain/search-text.js';
import { checkConsentPartners } from './consent-partners.js';
import { checkReferent } from './person-access.js';
import { recordInitialItems } from './record-items.js';

/** The transaction and tools of the calling use case: the registration commits or fails with it. */
export interface PersonRegistrationScope {
  trx: Executor;
  now: Date;
  newId: IdGenerator;
  audit: AuditWriter;
  timeline: TimelinePublisher;
  requestId: string;
  keyRing: KeyRing | undefined;
}

export type PersonDraft = z.output<typeof createPersonBody> & { intakeOn?: string };

/**
 * Opens a person's file in the actor's organization with whatever the intake gathered (identity,
 * languages, education, experience, barriers, household, consents), in the caller's transaction:
 * the person registration use case, and the intake that also enrols (programs module), share it.
 */
export async function registerPerson(
  scope: PersonRegistrationScope,
  actor: Actor,
  input: PersonDraft,
): Promise<{ id: string }> {
  const { trx, now, newId, audit, timeline } = scope;
  requireRole(actor, personDataRoles);
  const identity = input.identity;
  await checkReferent(trx, actor.organizationId, identity.referentUserId);
  await checkConsentPartners(trx, actor.organizationId, input.consents);
  const repo = peopleRepository(trx, scope.keyRing);
  const id = newId();
  await repo.insertPerson({
    id,
    organizationId: actor.organizationId,
    givenName: identity.givenName,
    familyName: identity.familyName,
    givenNameOriginal: identity.givenNameOriginal ?? null,
    familyNameOriginal: identity.familyNameOriginal ?? null,
    sex: identity.sex ?? null,
    birthDate: identity.birthDate ?? null,
    nationality: identity.nationality ?? null,
    phone: identity.phone ?? null,
    email: identity.email ?? null,
    address: identity.address ?? null,
    city: identity.city ?? null,
    region: identity.region ?? null,
    country: identity.country ?? null,
    preferredLanguage: identity.preferredLanguage ?? null,
    immigrationStatus: identity.immigrationStatus ?? null,
    statusDate: identity.statusDate ?? null,
    asylumApplicationDate: identity.asylumApplicationDate ?? null,
    arrivalDate: identity.arrivalDate ?? null,
    referentUserId: identity.referentUserId ?? actor.userId,
    searchText: searchTextOf([
      identity.givenName,
      identity.familyName,
      identity.givenNameOriginal,
      identity.familyNameOriginal,
    ]),
    createdBy: actor.userId,
    now,
  });
  const items = [
    ...input.languages.map((data) => ({ kind: 'language' as const, data })),
    ...input.education.map((data) => ({ kind: 'education' as const, data })),
    ...input.experience.map((data) => ({ kind: 'experience' as const, data })),
    ...input.barriers.map((data) => ({ kind: 'barrier' as const, data })),
    ...input.household.map((data) => ({ kind: 'household_member' as const, data })),
    ...input.consents.map((data) => ({ kind: 'consent' as const, data })),
  ];
  const event = { organizationId: actor.organizationId, personId: id, recordedBy: actor.userId };
  // The file is opened at the intake interview: the registration is the story's first event.
  await timeline.publish({
    ...event,
    ...(input.intakeOn ? onDay(input.intakeOn) : { occurredAt: now }),
    module: 'people',
    kind: 'person.registered',
    resourceType: 'person',
    resourceId: id,
  });
  await recordInitialItems({ repo, timeline, newId, now }, event, items);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'person.create',
    resourceType: 'person',
    resourceId: id,
    personId: id,
    requestId: scope.requestId,
    details: { items: items.length },
  });
  return { id };
}
