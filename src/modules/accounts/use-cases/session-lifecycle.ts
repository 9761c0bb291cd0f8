import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { hashToken } from '../domain/tokens.js';
import { accountErrors } from '../errors.js';

export const logout = defineUseCase(
  z.object({ token: z.string().max(200) }),
  async ({ input, ctx, trx, now, audit }) => {
    const repo = accountsRepository(trx);
    const session = await repo.findLiveSessionByTokenHash(hashToken(input.token), now);
    if (!session) return { ok: true as const };
    await sessionsRepository(trx).end(session.id, now);
    await audit.record({
      actorUserId: session.userId,
      organizationId: session.organizationId,
      subjectOrganizationId: session.organizationId,
      action: 'session.logout',
      resourceType: 'session',
      resourceId: session.id,
      requestId: ctx.requestId,
    });
    return { ok: true as const };
  },
);

export const logoutEverywhere = defineUseCase(z.object({}), async ({ ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  const ended = await accountsRepository(trx).revokeAllSessions(actor.userId, now);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'session.logout_everywhere',
    resourceType: 'user',
    resourceId: actor.userId,
    requestId: ctx.requestId,
    details: { ended },
  });
  return { ended };
});

export const switchOrganization = defineUseCase(
  z.object({ organizationId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    const memberships = await organizationsApi(trx).membershipsOfUser(actor.userId);
    if (!memberships.some((m) => m.organizationId === input.organizationId)) throw accountErrors.notAMember();
    const repo = accountsRepository(trx);
    await repo.updateSession(actor.sessionId, { organizationId: input.organizationId });
    await repo.updateUser(actor.userId, { lastOrganizationId: input.organizationId });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: input.organizationId,
      subjectOrganizationId: input.organizationId,
      action: 'session.switch_organization',
      resourceType: 'session',
      resourceId: actor.sessionId,
      requestId: ctx.requestId,
    });
    return { organizationId: input.organizationId };
  },
);

export const setLocale = defineUseCase(
  z.object({ locale: z.enum(['fr', 'en', 'ar']) }),
  async ({ input, ctx, trx }) => {
    const actor = requireActor(ctx);
    await accountsRepository(trx).updateUser(actor.userId, { locale: input.locale });
    return { locale: input.locale };
  },
);
