import { z } from 'zod';
import { pageOf } from '../../../contracts/define.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { sessionEndsAt, sessionIsAlive } from '../domain/session-timeouts.js';
import { describeUserAgent } from '../domain/user-agent.js';
import { accountErrors } from '../errors.js';

const timeoutsInput = z.object({
  idleMinutes: z.number().int().min(1),
  absoluteHours: z.number().int().min(1),
});

/**
 * The account's own open sessions (ASVS 7.4.5): when each began, when it was last used, on which kind
 * of device, the one in use marked. Sessions past a timeout are not shown: they no longer open anything.
 */
export const listActiveSessions = defineUseCase(
  z.object({
    timeouts: timeoutsInput,
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  }),
  async ({ input, ctx, trx, now }) => {
    const actor = requireActor(ctx);
    const sessions = await sessionsRepository(trx).openSessionsOfUser(actor.userId, now);
    const rows = sessions
      .filter((session) => sessionIsAlive(session, input.timeouts, now))
      .map((session) => ({
        id: session.id,
        createdAt: session.createdAt.toISOString(),
        lastSeenAt: session.lastSeenAt.toISOString(),
        endsAt: sessionEndsAt(session, input.timeouts).toISOString(),
        device: describeUserAgent(session.userAgent),
        method: session.authenticationMethod,
        current: session.id === actor.sessionId,
      }))
      // The session in use first, then the most recently used.
      .sort((a, b) => Number(b.current) - Number(a.current));
    return { ...pageOf(rows, input.page, input.pageSize), ...input.timeouts };
  },
);

/** Ends one of the account's sessions (a lost phone, a shared computer); another's is not found. */
export const endSession = defineUseCase(
  z.object({ sessionId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const ended = await sessionsRepository(trx).endSessionOfUser(actor.userId, input.sessionId, now);
    if (ended === 0) throw accountErrors.accountSessionNotFound();
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'session.ended_by_owner',
      resourceType: 'session',
      resourceId: input.sessionId,
      requestId: ctx.requestId,
      details: { current: input.sessionId === actor.sessionId },
    });
    return { ended };
  },
);

/** Ends every session of the account but the one in use. */
export const endOtherSessions = defineUseCase(z.object({}), async ({ ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  const ended = await sessionsRepository(trx).endOtherSessions(actor.userId, actor.sessionId, now);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'session.ended_others',
    resourceType: 'user',
    resourceId: actor.userId,
    requestId: ctx.requestId,
    details: { ended },
  });
  return { ended };
});
