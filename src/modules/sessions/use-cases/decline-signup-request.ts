import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { signupRepository } from '../adapters/signup-repository.js';
import { sessionStaffRoles } from './session-access.js';
import { pendingRequestOf } from './signup-request-access.js';

/** Declining keeps the request with who declined it and when; no file is opened. */
export const declineSignupRequest = defineUseCase(
  z.object({ requestId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionStaffRoles);
    const request = await pendingRequestOf(trx, actor, input.requestId);
    await signupRepository(trx).decide(request.id, { status: 'declined', decidedBy: actor.userId, now });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'session.signup_request.decline',
      resourceType: 'session_signup_request',
      resourceId: request.id,
      personId: null,
      requestId: ctx.requestId,
      details: {},
    });
  },
);
