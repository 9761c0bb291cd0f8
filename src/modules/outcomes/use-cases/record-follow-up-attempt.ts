import { z } from 'zod';
import { followUpAttemptBody } from '../../../contracts/outcomes.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { followUpsRepository } from '../adapters/follow-ups-repository.js';
import { outcomeErrors } from '../errors.js';
import { exitActor } from './exit-access.js';
import { requireFollowUp, requireOpen, unreachableAfter } from './follow-up-access.js';

/**
 * An attempt to reach the person that brought no answer. Once the program's number of attempts is
 * reached on a moment that has fallen due, the moment is unreachable: it counts as such in the rates,
 * never as a success. A later answer still replaces it.
 */
export const recordFollowUpAttempt = defineUseCase(
  followUpAttemptBody.extend({ followUpId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = exitActor(ctx, true);
    const followUp = await requireFollowUp(trx, actor, input.followUpId);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    requireOpen(followUp, today);
    if (followUp.status !== 'pending') throw outcomeErrors.followUpClosed();
    const attempts = followUp.attempts + 1;
    const unreachable = attempts >= (await unreachableAfter(trx, followUp)) && followUp.dueOn <= today;
    const status = unreachable ? ('unreachable' as const) : followUp.status;
    const repo = followUpsRepository(trx);
    await repo.update(followUp.id, { attempts, status }, now);
    await repo.insertAttempt({
      id: newId(),
      followUpId: followUp.id,
      organizationId: followUp.organizationId,
      channel: 'phone',
      result: input.result,
      note: input.note ?? null,
      recordedBy: actor.userId,
      at: now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'exit_follow_up.attempt',
      resourceType: 'exit_follow_up',
      resourceId: followUp.id,
      personId: followUp.personId,
      requestId: ctx.requestId,
      details: { months: followUp.months, result: input.result, attempts, status },
    });
    return { status, attempts };
  },
);
