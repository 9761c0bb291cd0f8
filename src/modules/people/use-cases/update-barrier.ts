import { z } from 'zod';
import { updateBarrierBody } from '../../../contracts/people.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { peopleRepository } from '../adapters/people-repository.js';
import { sensitiveBarrierCategories } from '../domain/file-vocabulary.js';
import { peopleErrors } from '../errors.js';
import { barrierEvent } from './file-timeline.js';
import { seesSensitive, visiblePerson } from './person-access.js';

export const updateBarrierInput = updateBarrierBody.extend({ personId: z.uuid(), itemId: z.uuid() });

export const updateBarrier = defineUseCase(
  updateBarrierInput,
  async ({ input, ctx, trx, now, audit, timeline, deps }) => {
    const actor = requireActor(ctx);
    const person = await visiblePerson(trx, actor, input.personId);
    const resolvedOn =
      input.status === 'resolved'
        ? (input.resolvedOn ?? (await organizationsApi(trx).todayOf(actor.organizationId, now)))
        : null;
    const repo = peopleRepository(trx, deps.keyRing);
    const before = await repo.barrierState(input.itemId, person.id);
    // A health barrier is hidden from roles that may not see it: for them it does not exist.
    if (before && sensitiveBarrierCategories.includes(before.category) && !seesSensitive(actor))
      throw peopleErrors.itemNotFound();
    const updated = await repo.updateItem('person_barriers', input.itemId, person.id, {
      status: input.status,
      resolved_on: resolvedOn,
      // Category and note are sealed together: a new note is sealed with the category it had.
      ...(input.note !== undefined && before ? { category: before.category, note: input.note } : {}),
    });
    if (!updated || !before) throw peopleErrors.itemNotFound();
    if (resolvedOn && before.status !== 'resolved') {
      await timeline.publish(
        barrierEvent(
          { organizationId: person.organizationId, personId: person.id, recordedBy: actor.userId },
          { id: input.itemId, category: before.category, on: resolvedOn },
          'barrier.resolved',
        ),
      );
    }
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: person.organizationId,
      action: 'person.update_barrier',
      resourceType: 'barrier',
      resourceId: input.itemId,
      personId: person.id,
      requestId: ctx.requestId,
      details: { status: input.status },
    });
    return { ok: true as const };
  },
);
