import { z } from 'zod';
import { reassignReferentBody } from '../../../contracts/people.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { visiblePerson } from './person-access.js';
import { recordHandovers, requireEligibleReferents } from './referent-changes.js';

export const reassignReferentInput = reassignReferentBody.extend({ personId: z.uuid() });

/**
 * Gives a person another referent, with an optional reason kept in the history (never in the audit
 * log or the timeline, which carry only that the referent changed, and the names).
 */
export const reassignReferent = defineUseCase(
  reassignReferentInput,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    const person = await visiblePerson(trx, actor, input.personId);
    await requireEligibleReferents(trx, actor.organizationId, [input.referentUserId]);
    if (person.referentUserId === input.referentUserId) return { id: person.id, changed: false };
    await recordHandovers(
      trx,
      {
        organizationId: actor.organizationId,
        changedBy: actor.userId,
        reason: input.reason ?? null,
        now,
        newId,
        timeline,
      },
      [{ personId: person.id, fromUserId: person.referentUserId, toUserId: input.referentUserId }],
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: person.organizationId,
      action: 'person.referent_change',
      resourceType: 'person',
      resourceId: person.id,
      personId: person.id,
      requestId: ctx.requestId,
      details: { fields: ['referentUserId'], withReason: Boolean(input.reason) },
    });
    return { id: person.id, changed: true };
  },
);
