import { z } from 'zod';
import { followUpFormLanguages } from '../../../contracts/outcomes.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { outcomeErrors } from '../errors.js';
import { exitActor } from './exit-access.js';
import { requireFollowUp, requireOpen } from './follow-up-access.js';
import { sendFollowUpLinkNow } from './follow-up-link.js';

/**
 * The counselor sends the form's single-use link now (a new link; earlier ones still work until used
 * or expired), by e-mail and by text as the person's file allows, and is told which channels carried it.
 */
export const sendFollowUpLink = defineUseCase(
  z.object({ followUpId: z.uuid(), language: z.enum(followUpFormLanguages).nullish() }),
  async ({ input, ctx, trx, now, deps, audit }) => {
    const actor = exitActor(ctx, true);
    const followUp = await requireFollowUp(trx, actor, input.followUpId);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    requireOpen(followUp, today);
    const sent = await sendFollowUpLinkNow(trx, deps, followUp, now, input.language ?? null);
    if (!sent) throw outcomeErrors.noEmail();
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'exit_follow_up.link_sent',
      resourceType: 'exit_follow_up',
      resourceId: followUp.id,
      personId: followUp.personId,
      requestId: ctx.requestId,
      details: {
        months: followUp.months,
        language: sent.language,
        channels: sent.channels.map((c) => c.channel),
        smsNotSent: sent.smsFailed,
      },
    });
    return {
      sentTo: sent.sentTo,
      expiresAt: sent.expiresAt.toISOString(),
      channels: sent.channels,
      smsFailed: sent.smsFailed,
    };
  },
);
