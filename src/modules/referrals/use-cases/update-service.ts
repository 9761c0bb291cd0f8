import { z } from 'zod';
import { serviceBody } from '../../../contracts/referrals.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { servicesRepository } from '../adapters/services-repository.js';
import { referralErrors } from '../errors.js';
import { requireReferralRole } from './referral-access.js';
import { serviceFieldsOf } from './service-fields.js';

/**
 * Corrects or archives a service of the organization's own directory; a partner's shared service is
 * not found here (it corrects its own). Referrals already made keep the name they were sent with.
 */
export const updateService = defineUseCase(
  z.object({ serviceId: z.uuid(), body: serviceBody }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireReferralRole(actor, 'record');
    const repository = servicesRepository(trx);
    const service = await repository.find(input.serviceId);
    if (!service || service.organizationId !== actor.organizationId) throw referralErrors.serviceNotFound();
    await repository.update(service.id, actor.organizationId, serviceFieldsOf(input.body), now);
    const archived = service.archivedAt !== null;
    if (archived !== input.body.archived)
      await repository.setArchived(service.id, actor.organizationId, input.body.archived ? now : null, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'referral_service.update',
      resourceType: 'referral_service',
      resourceId: service.id,
      requestId: ctx.requestId,
      details: { archived: input.body.archived },
    });
    return undefined;
  },
);
