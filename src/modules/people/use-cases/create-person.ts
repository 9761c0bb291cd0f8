import { z } from 'zod';
import { isoDate } from '../../../contracts/define.js';
import { createPersonBody } from '../../../contracts/people.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { commonErrors } from '../../../core/errors.js';
import { onDay } from '../../../core/timeline/timeline.js';
import { defineUseCase } from '../../../core/use-case.js';
import { peopleRepository } from '../adapters/people-repository.js';
import { searchTextOf } from '../domain/search-text.js';
import { itemAddedEvent } from './file-timeline.js';
import { checkReferent } from './person-access.js';
import { itemRow, itemTables } from './person-items.js';

/**
 * `intakeOn`: the day of the intake interview when the file is typed in later (an import, the demo);
 * the registration is then told on that day. Not part of the HTTP body: a counselor registers today.
 */
export const createPersonInput = createPersonBody.extend({ intakeOn: isoDate.optional() });
export type CreatePersonInput = z.input<typeof createPersonInput>;

/** Registers a person in the actor's organization with whatever the intake gathered, all or nothing. */
export const createPerson = defineUseCase(
  createPersonInput,
  async ({ input, ctx, trx, now, newId, audit, timeline, deps }) => {
    const actor = requireActor(ctx);
    requireRole(actor, personDataRoles);
    const identity = input.identity;
    await checkReferent(trx, actor.organizationId, identity.referentUserId);
    if (input.intakeOn && input.intakeOn > now.toISOString().slice(0, 10)) {
      throw commonErrors.validation({}, [
        { path: 'intakeOn', message: 'The intake cannot be in the future' },
      ]);
    }
    const repo = peopleRepository(trx, deps.keyRing);
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
    for (const item of items) {
      const itemId = newId();
      await repo.insertItem(
        itemTables[item.kind],
        itemRow(item, {
          id: itemId,
          organizationId: actor.organizationId,
          personId: id,
          now,
          actorUserId: actor.userId,
        }),
      );
      const told = itemAddedEvent(event, item, itemId);
      if (told) await timeline.publish(told);
    }
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'person.create',
      resourceType: 'person',
      resourceId: id,
      personId: id,
      requestId: ctx.requestId,
      details: { items: items.length },
    });
    return { id };
  },
);

export const createPersonOutput = z.object({ id: z.uuid() });
