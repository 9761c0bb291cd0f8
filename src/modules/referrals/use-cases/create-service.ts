import { serviceBody } from '../../../contracts/referrals.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { servicesRepository } from '../adapters/services-repository.js';
import { requireReferralRole } from './referral-access.js';
import { serviceFieldsOf } from './service-fields.js';

/**
 * Adds a service to the organization's directory (no person's data: a service is an organization's
 * offer, its contact a desk). Audited.
 */
export const createService = defineUseCase(serviceBody, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = requireActor(ctx);
  requireReferralRole(actor, 'list');
  const id = newId();
  await servicesRepository(trx).insert(id, actor.organizationId, serviceFieldsOf(input), actor.userId, now);
  if (input.archived) await servicesRepository(trx).setArchived(id, actor.organizationId, now, now);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'referral_service.create',
    resourceType: 'referral_service',
    resourceId: id,
    requestId: ctx.requestId,
    details: {},
  });
  return { id };
});
