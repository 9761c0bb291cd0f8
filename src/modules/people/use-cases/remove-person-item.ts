import { z } from 'zod';
import { personItemKinds } from '../../../contracts/people.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { peopleRepository } from '../adapters/people-repository.js';
import { sensitiveBarrierCategories } from '../domain/file-vocabulary.js';
import { peopleErrors } from '../errors.js';
import { seesSensitive, visiblePerson } from './person-access.js';
import { itemTables } from './person-items.js';

export const removePersonItemInput = z.object({
  personId: z.uuid(),
  kind: z.enum(personItemKinds),
  itemId: z.uuid(),
});

export const removePersonItem = defineUseCase(
  removePersonItemInput,
  async ({ input, ctx, trx, audit, deps }) => {
    const actor = requireActor(ctx);
    const person = await visiblePerson(trx, actor, input.personId);
    if (input.kind === 'consent') throw peopleErrors.consentsAreRevoked();
    const table = itemTables[input.kind];
    if (input.kind === 'barrier' && !seesSensitive(actor)) {
      // A health barrier the caller cannot see does not exist for them.
      const category = await peopleRepository(trx, deps.keyRing).barrierCategory(input.itemId, person.id);
      if (category !== undefined && sensitiveBarrierCategories.includes(category))
        throw peopleErrors.itemNotFound();
    }
    if (table === 'consents' || !(await peopleRepository(trx).deleteItem(table, input.itemId, person.id))) {
      throw peopleErrors.itemNotFound();
    }
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: person.organizationId,
      action: `person.remove_${input.kind}`,
      resourceType: input.kind,
      resourceId: input.itemId,
      personId: person.id,
      requestId: ctx.requestId,
    });
    return { ok: true as const };
  },
);
