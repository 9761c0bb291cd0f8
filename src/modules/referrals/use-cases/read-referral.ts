import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import {
  auditSharedRead,
  type ReferralView,
  sharedWithReceiver,
  viewsOf,
  visibleReferral,
} from './referral-access.js';

/** One referral the organization sent or received (404 for anyone else); audited like a read of the file. */
export const readReferral = defineUseCase(
  z.object({ referralId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }): Promise<ReferralView> => {
    const actor = requireActor(ctx);
    const { referral, side } = await visibleReferral(trx, actor, input.referralId);
    const [view] = await viewsOf(trx, actor, [referral], now, async () => {
      const shared = await sharedWithReceiver(trx, referral, now);
      if (shared?.sections.has('identity'))
        await auditSharedRead(audit, {
          actor,
          requestId: ctx.requestId,
          referral,
          shared,
          kind: 'list',
          sections: ['identity'],
        });
      return shared;
    });
    if (side === 'sender')
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'referral.read',
        resourceType: 'referral',
        resourceId: referral.id,
        personId: referral.personId,
        requestId: ctx.requestId,
        details: {},
      });
    return view as ReferralView;
  },
);
