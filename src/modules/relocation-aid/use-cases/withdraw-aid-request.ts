import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { aidRepository } from '../adapters/aid-repository.js';
import { aidErrors } from '../errors.js';
import { aidFilingRoles } from './aid-access.js';
import { requestFor } from './request-access.js';

/** The member that filed a request withdraws it before it is decided. */
export const withdrawAidRequest = defineUseCase(
  z.object({ requestId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    const { request, sides } = await requestFor(trx, actor, input.requestId, true, aidFilingRoles);
    if (!sides.member) throw aidErrors.requestNotFound();
    if (request.status !== 'submitted') throw aidErrors.notWithdrawable();
    await aidRepository(trx).setStatus(request.organizationId, request.id, 'withdrawn');
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'relocation_aid.request_withdraw',
      resourceType: 'aid_request',
      resourceId: request.id,
      personId: request.personId,
      requestId: ctx.requestId,
    });
    return undefined;
  },
);
