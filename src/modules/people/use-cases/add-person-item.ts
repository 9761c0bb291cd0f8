import { z } from 'zod';
import { personItemInput } from '../../../contracts/people.js';
import { requireActor } from '../../../core/auth/actor.js';
import { commonErrors } from '../../../core/errors.js';
import { defineUseCase } from '../../../core/use-case.js';
import { peopleRepository } from '../adapters/people-repository.js';
import { sensitiveBarrierCategories } from '../domain/file-vocabulary.js';
import { checkConsentPartners } from './consent-partners.js';
import { itemAddedEvent } from './file-timeline.js';
import { seesSensitive, visiblePerson } from './person-access.js';
import { itemRow, itemTables } from './person-items.js';

export const addPersonItemInput = z.object({ personId: z.uuid(), item: personItemInput });

export const addPersonItem = defineUseCase(
  addPersonItemInput,
  async ({ input, ctx, trx, now, newId, audit, timeline, deps }) => {
    const actor = requireActor(ctx);
    const person = await visiblePerson(trx, actor, input.personId);
    if (
      input.item.kind === 'barrier' &&
      sensitiveBarrierCategories.includes(input.item.data.category) &&
      !seesSensitive(actor)
    ) {
      throw commonErrors.forbidden();
    }
    if (input.item.kind === 'consent')
      await checkConsentPartners(trx, person.organizationId, [input.item.data]);
    const id = newId();
    await peopleRepository(trx, deps.keyRing).insertItem(
      itemTables[input.item.kind],
      itemRow(input.item, {
        id,
        organizationId: person.organizationId,
        personId: person.id,
        now,
        actorUserId: actor.userId,
      }),
    );
    const told = itemAddedEvent(
      { organizationId: person.organizationId, personId: person.id, recordedBy: actor.userId },
      input.item,
      id,
    );
    if (told) await timeline.publish(told);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: person.organizationId,
      action: input.item.kind === 'consent' ? 'consent.give' : `person.add_${input.item.kind}`,
      resourceType: input.item.kind,
      resourceId: id,
      personId: person.id,
      requestId: ctx.requestId,
    });
    return { id };
  },
);
