import { z } from 'zod';
import { recordFollowUpAnswerBody } from '../../../contracts/outcomes.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { followUpsRepository } from '../adapters/follow-ups-repository.js';
import { exitActor } from './exit-access.js';
import { normalizedAnswer, requireFollowUp, requireOpen } from './follow-up-access.js';
import { publishFollowUpAnswered } from './follow-up-timeline.js';

/** The counselor records what the person said (by phone, in person, by e-mail) at a follow-up moment. */
export const recordFollowUpAnswer = defineUseCase(
  recordFollowUpAnswerBody.extend({ followUpId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = exitActor(ctx, true);
    const followUp = await requireFollowUp(trx, actor, input.followUpId);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    requireOpen(followUp, today);
    const repo = followUpsRepository(trx);
    await repo.update(
      followUp.id,
      {
        status: 'answered',
        answeredOn: input.answeredOn,
        answeredVia: input.via,
        answer: normalizedAnswer(input),
        recordedBy: actor.userId,
      },
      now,
    );
    await repo.insertAttempt({
      id: newId(),
      followUpId: followUp.id,
      organizationId: followUp.organizationId,
      channel: input.via,
      result: 'answered',
      note: null,
      recordedBy: actor.userId,
      at: now,
    });
    await publishFollowUpAnswered(timeline, followUp, input.answeredOn, actor.userId);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'exit_follow_up.answer',
      resourceType: 'exit_follow_up',
      resourceId: followUp.id,
      personId: followUp.personId,
      requestId: ctx.requestId,
      details: { months: followUp.months, via: input.via },
    });
    return { ok: true as const };
  },
);
