import { z } from 'zod';
import { referralStatuses } from '../../../contracts/referrals.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { referralsRepository } from '../adapters/referrals-repository.js';
import { auditSharedRead, requireReferralRole, sharedWithReceiver, viewsOf } from './referral-access.js';

/**
 * The organization's inbox (received) or its referrals sent, newest first. A received referral names
 * the person only while it shares the identity under a consent in force: each name shown is a partner's
 * read, audited under its consent; the list itself is audited with its counts.
 */
export const listReferrals = defineUseCase(
  z.object({
    box: z.enum(['received', 'sent']).default('received'),
    status: z.enum(referralStatuses).optional(),
  }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireReferralRole(actor, 'list');
    const repository = referralsRepository(trx);
    const referrals =
      input.box === 'sent'
        ? await repository.sentBy(actor.organizationId, input.status)
        : await repository.receivedBy(actor.organizationId, input.status);
    const items = await viewsOf(trx, actor, referrals, now, async (referral) => {
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
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'referral.list',
      resourceType: 'referral',
      resourceId: null,
      requestId: ctx.requestId,
      details: { box: input.box, shown: items.length, named: items.filter((i) => i.person).length },
    });
    return { items };
  },
);
