import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { personSummary } from '../../people/api.js';
import { referralsRepository } from '../adapters/referrals-repository.js';
import { referralErrors } from '../errors.js';
import { requireReferralRole, sharedWithReceiver, viewsOf } from './referral-access.js';

/**
 * A person's referrals, on their file: those the organization sent from it and those it received and
 * linked to it (newest first). Audited as a read of the file.
 */
export const personReferrals = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireReferralRole(actor, 'list');
    if (!(await personSummary(trx, input.personId, actor.organizationId)))
      throw referralErrors.personNotFound();
    const repository = referralsRepository(trx);
    const referrals = [
      ...(await repository.ofPerson(actor.organizationId, input.personId)),
      ...(await repository.receivedForPerson(actor.organizationId, input.personId)),
    ].sort((a, b) => b.sentAt.getTime() - a.sentAt.getTime());
    // The receiver's own file names the person: the sender's copy is not read again here.
    const items = await viewsOf(trx, actor, referrals, now, (r) => sharedWithReceiver(trx, r, now));
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'referral.person_list',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { shown: items.length },
    });
    return { items: items.map((i) => (i.direction === 'received' ? { ...i, person: null } : i)) };
  },
);
