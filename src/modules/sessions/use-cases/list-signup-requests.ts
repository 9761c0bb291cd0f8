import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { findPersonByEmail } from '../../people/api.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { signupRepository } from '../adapters/signup-repository.js';
import { sessionErrors } from '../errors.js';
import { sessionStaffRoles } from './session-access.js';

/** The requests waiting on a series, for its own organization's staff; partners see none. */
export const listSignupRequests = defineUseCase(
  z.object({ seriesId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionStaffRoles);
    const series = await sessionsRepository(trx).findSeries(input.seriesId);
    if (!series || series.organizationId !== actor.organizationId) throw sessionErrors.seriesNotFound();
    const requests = await signupRepository(trx).pendingOfSeries(series.id, actor.organizationId);
    const known = await Promise.all(
      requests.map((r) => findPersonByEmail(trx, actor.organizationId, r.email)),
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'session.signup_requests.read',
      resourceType: 'session_series',
      resourceId: series.id,
      personId: null,
      requestId: ctx.requestId,
      details: { count: requests.length },
    });
    return {
      items: requests.map((r, index) => ({
        id: r.id,
        givenName: r.givenName,
        familyName: r.familyName,
        email: r.email,
        phone: r.phone,
        preferredLanguage: r.preferredLanguage,
        requestedAt: r.createdAt.toISOString(),
        knownPerson: known[index] !== undefined,
      })),
    };
  },
);
