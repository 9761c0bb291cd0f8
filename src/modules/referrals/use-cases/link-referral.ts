import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { personSummary } from '../../people/api.js';
import { referralsRepository } from '../adapters/referrals-repository.js';
import { referralErrors } from '../errors.js';
import { visibleReferral } from './referral-access.js';
import { publishReferralEvent } from './referral-timeline.js';

/**
 * The receiver links an accepted (or completed) referral to the file it opened for the person at intake,
 * or already had: the referral then shows on that file's timeline ("received from …"). Accepting never
 * copies the sender's file. Only the receiver links, and only one of its own files.
 */
export const linkReferral = defineUseCase(
  z.object({ referralId: z.uuid(), personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    const { referral, side } = await visibleReferral(trx, actor, input.referralId);
    if (side !== 'receiver') throw referralErrors.moveNotAllowed();
    if (referral.status !== 'accepted' && referral.status !== 'completed') throw referralErrors.notAccepted();
    if (!(await personSummary(trx, input.personId, actor.organizationId)))
      throw referralErrors.personNotFound();
    await referralsRepository(trx).linkReceiverPerson(
      referral.id,
      referral.organizationId,
      input.personId,
      now,
    );
    const names = await organizationsApi(trx).listOrganizations([
      referral.organizationId,
      actor.organizationId,
    ]);
    const nameOf = (id: string) => names.find((o) => o.id === id)?.name ?? '';
    await publishReferralEvent(
      timeline,
      { ...referral, receiverPersonId: input.personId },
      {
        kind: 'referral.received',
        at: referral.sentAt,
        by: actor.userId,
        senderName: nameOf(referral.organizationId),
        targetName: nameOf(actor.organizationId),
      },
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'referral.link',
      resourceType: 'referral',
      resourceId: referral.id,
      personId: input.personId,
      requestId: ctx.requestId,
      details: {},
    });
    return undefined;
  },
);
