import { z } from 'zod';
import { personItemInput } from '../../../contracts/people.js';
import { requireActor } from '../../../core/auth/actor.js';
import { commonErrors } from '../../../core/errors.js';
import { defineUseCase } from '../../../core/use-case.js';
import { peopleRepository } from '../adapters/people-repository.js';
import { sensitiveBarrierCategories } from '../domain/file-vocabulary.js';
import { peopleErrors } from '../errors.js';
import { seesSensitive, visiblePerson } from './person-access.js';
import { itemRow, itemTables } from './person-items.js';

export const updatePersonItemInput = z.object({
  personId: z.uuid(),
  itemId: z.uuid(),
  item: personItemInput,
});

/** Correct a language level, diploma, experience, barrier or household member. Consents are revoked, never edited. */
export const updatePersonItem = defineUseCase(
  updatePersonItemInput,
  async ({ input, ctx, trx, now, audit, deps }) => {
    const actor = requireActor(ctx);
    const person = await visiblePerson(trx, actor, input.personId);
    const { item } = input;
    if (item.kind === 'consent') throw peopleErrors.consentsAreRevoked();
    const repo = peopleRepository(trx, deps.keyRing);
    if (item.kind === 'barrier' && !seesSensitive(actor)) {
      const current = await repo.barrierCategory(input.itemId, person.id);
      // A health barrier the caller cannot see does not exist for them.
      if (current === undefined || sensitiveBarrierCategories.includes(current))
        throw peopleErrors.itemNotFound();
      if (sensitiveBarrierCategories.includes(item.data.category)) throw commonErrors.forbidden();
    }
    const {
      id: _id,
      organization_id: _org,
      person_id: _person,
      created_at: _created,
      ...values
    } = itemRow(item, {
      id: input.itemId,
      organizationId: person.organizationId,
      personId: person.id,
      now,
      actorUserId: actor.userId,
    });
    if (!(await repo.updateItem(itemTables[item.kind], input.itemId, person.id, values))) {
      throw peopleErrors.itemNotFound();
    }
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: person.organizationId,
      action: `person.update_${item.kind}`,
      resourceType: item.kind,
      resourceId: input.itemId,
      personId: person.id,
      requestId: ctx.requestId,
      details: { fields: Object.keys(values) },
    });
    return { ok: true as const };
  },
);
