import { z } from 'zod';
import { declineReasons } from '../../../contracts/referrals.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { type ReferralChange, referralsRepository } from '../adapters/referrals-repository.js';
import { isFinal, referralMove } from '../domain/referral-status.js';
import { referralErrors } from '../errors.js';
import { visibleReferral } from './referral-access.js';
import { publishReferralEvent } from './referral-timeline.js';

/**
 * A move of a referral (domain/referral-status.ts): the receiver accepts, declines with a coded reason
 * or completes; the sender withdraws while nobody answered, and records a directory service's answer.
 * A move by the wrong side is 403, from a state that does not allow it 409. Published on the timelines
 * (the sender's file, and the receiver's once linked), audited on both sides.
 */
export const moveReferral = defineUseCase(
  z.discriminatedUnion('move', [
    z.object({ referralId: z.uuid(), move: z.literal('accept') }),
    z.object({
      referralId: z.uuid(),
      move: z.literal('decline'),
      reason: z.enum(declineReasons),
      note: z.string().nullish(),
    }),
    z.object({ referralId: z.uuid(), move: z.literal('complete'), outcomeNote: z.string().nullish() }),
    z.object({ referralId: z.uuid(), move: z.literal('withdraw') }),
  ]),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    const { referral, side } = await visibleReferral(trx, actor, input.referralId);
    const verdict = referralMove(
      referral.status,
      input.move,
      referral.receiverOrganizationId ? 'organization' : 'service',
      side,
    );
    if (!verdict.ok)
      throw verdict.reason === 'not_allowed_side'
        ? referralErrors.moveNotAllowed()
        : referralErrors.moveFromStatus();
    const change: ReferralChange = { status: verdict.status };
    if (input.move === 'accept') Object.assign(change, { answeredAt: now, answeredBy: actor.userId });
    if (input.move === 'decline')
      Object.assign(change, {
        answeredAt: referral.answeredAt ? undefined : now,
        answeredBy: actor.userId,
        declineReason: input.reason,
        declineNote: input.note ?? null,
      });
    if (input.move === 'complete')
      Object.assign(change, { completedAt: now, outcomeNote: input.outcomeNote ?? null });
    if (isFinal(verdict.status)) change.closedAt = now;
    const repository = referralsRepository(trx);
    await repository.move(referral.id, referral.organizationId, change, now);
    const moved = {
      ...referral,
      status: verdict.status,
      declineReason: change.declineReason ?? referral.declineReason,
    };
    const names = await organizationsApi(trx).listOrganizations(
      [referral.organizationId, referral.receiverOrganizationId].filter((id): id is string => id !== null),
    );
    const nameOf = (id: string | null) => names.find((o) => o.id === id)?.name ?? '';
    await publishReferralEvent(timeline, moved, {
      kind: `referral.${({ accept: 'accepted', decline: 'declined', complete: 'completed', withdraw: 'withdrawn' } as const)[input.move]}`,
      at: now,
      by: actor.userId,
      senderName: nameOf(referral.organizationId),
      targetName: referral.serviceName ?? nameOf(referral.receiverOrganizationId),
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: referral.organizationId,
      action: `referral.${input.move}`,
      resourceType: 'referral',
      resourceId: referral.id,
      personId: referral.personId,
      requestId: ctx.requestId,
      details: {
        from: referral.status,
        to: verdict.status,
        ...(input.move === 'decline' ? { reason: input.reason } : {}),
      },
    });
    return undefined;
  },
);
