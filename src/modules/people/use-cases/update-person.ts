import { z } from 'zod';
import { identityInput } from '../../../contracts/people.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { peopleRepository } from '../adapters/people-repository.js';
import { searchTextOf } from '../domain/search-text.js';
import { seesSensitive, visiblePerson } from './person-access.js';
import { recordHandovers, requireEligibleReferents } from './referent-changes.js';

export const updatePersonInput = identityInput.extend({ personId: z.uuid() });

const identityFields = Object.keys(identityInput.shape) as (keyof z.output<typeof identityInput>)[];
const sensitiveFields = ['immigrationStatus', 'statusDate', 'asylumApplicationDate'] as const;

/**
 * Replaces identity, contact and status. A role that may not see the status cannot change it either:
 * the stored status is kept whatever such a caller sends. A new referent is recorded in the referent
 * history, like a reassignment.
 */
export const updatePerson = defineUseCase(
  updatePersonInput,
  async ({ input, ctx, trx, now, newId, audit, timeline, deps }) => {
    const actor = requireActor(ctx);
    const person = await visiblePerson(trx, actor, input.personId);
    const newReferent = input.referentUserId && input.referentUserId !== person.referentUserId;
    if (newReferent) await requireEligibleReferents(trx, actor.organizationId, [input.referentUserId!]);
    const sensitive = seesSensitive(actor);
    const repo = peopleRepository(trx, deps.keyRing);
    // The stored status is opened only for a role that may change it; the others keep it sealed as is.
    const stored = sensitive ? repo.statusOf(person) : undefined;
    const status = sensitive
      ? {
          immigrationStatus: input.immigrationStatus ?? null,
          statusDate: input.statusDate ?? null,
          asylumApplicationDate: input.asylumApplicationDate ?? null,
        }
      : undefined;
    const next = {
      givenName: input.givenName,
      familyName: input.familyName,
      givenNameOriginal: input.givenNameOriginal ?? null,
      familyNameOriginal: input.familyNameOriginal ?? null,
      sex: input.sex ?? null,
      birthDate: input.birthDate ?? null,
      nationality: input.nationality ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      address: input.address ?? null,
      city: input.city ?? null,
      region: input.region ?? null,
      country: input.country ?? null,
      preferredLanguage: input.preferredLanguage ?? null,
      arrivalDate: input.arrivalDate ?? null,
      referentUserId: input.referentUserId ?? person.referentUserId,
    };
    const before = { ...person, ...stored } as unknown as Record<string, unknown>;
    const after = { ...next, ...status } as Record<string, unknown>;
    const changed = identityFields.filter(
      (field) => (field in after || field in before) && after[field] !== before[field],
    );
    await repo.updatePerson(
      person.id,
      next,
      status && sensitiveFields.some((f) => after[f] !== before[f]) ? status : undefined,
      searchTextOf([next.givenName, next.familyName, next.givenNameOriginal, next.familyNameOriginal]),
      now,
    );
    if (newReferent)
      await recordHandovers(
        trx,
        { organizationId: actor.organizationId, changedBy: actor.userId, reason: null, now, newId, timeline },
        [{ personId: person.id, fromUserId: person.referentUserId, toUserId: input.referentUserId! }],
      );
    const statusChanged = changed.some((f) => (sensitiveFields as readonly string[]).includes(f));
    if (statusChanged) {
      // That the status changed is part of the story; what it became is not for the timeline.
      await timeline.publish({
        organizationId: person.organizationId,
        personId: person.id,
        occurredAt: now,
        module: 'people',
        kind: 'person.status_changed',
        resourceType: 'person',
        resourceId: person.id,
        sensitive: true,
        recordedBy: actor.userId,
      });
    }
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: person.organizationId,
      action: 'person.update',
      resourceType: 'person',
      resourceId: person.id,
      personId: person.id,
      requestId: ctx.requestId,
      // Field names only; a change of status is recorded as such, never its value.
      details: {
        fields: changed,
        sensitiveChanged: statusChanged,
      },
    });
    return { id: person.id };
  },
);
