import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { verifyPassword } from '../domain/passwords.js';
import { recentAuthenticationMinutes } from '../domain/session-timeouts.js';
import { accountErrors } from '../errors.js';
import { acceptSecondFactorCode, type CodeCheck } from './one-time-code.js';

export const reauthenticateInput = z.object({
  password: z.string().min(1).max(1000),
  code: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});

/**
 * Proves the password again (and the current code when the account has a second factor) for the
 * session in use, before a sensitive action. A wrong answer is a 403, never a 401: the session stays.
 */
export const reauthenticate = defineUseCase(
  reauthenticateInput,
  async ({ input, ctx, trx, now, audit, deps }) => {
    const actor = requireActor(ctx);
    const user = await accountsRepository(trx).findUser(actor.userId);
    if (!user || user.disabledAt) throw accountErrors.reauthenticationFailed();
    const passwordOk = await verifyPassword(user.passwordHash, input.password);
    let code: CodeCheck = 'accepted';
    if (user.totpEnabledAt) {
      code =
        input.code !== undefined && user.totpSecret !== null
          ? await acceptSecondFactorCode(
              trx,
              deps,
              { id: user.id, sealedSecret: user.totpSecret },
              input.code,
              now,
            )
          : 'wrong';
    }
    if (!passwordOk || code === 'wrong') throw accountErrors.reauthenticationFailed();
    if (code === 'used') throw accountErrors.secondFactorCodeUsed();
    await sessionsRepository(trx).recordProof(actor.sessionId, {
      authenticatedAt: now,
      ...(user.totpEnabledAt ? { secondFactorAt: now } : {}),
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'session.reauthenticated',
      resourceType: 'session',
      resourceId: actor.sessionId,
      requestId: ctx.requestId,
      details: { secondFactor: user.totpEnabledAt !== null },
    });
    return {
      ok: true as const,
      token: await sessionsRepository(trx).rotateToken(actor.sessionId),
      validUntil: new Date(now.getTime() + recentAuthenticationMinutes * 60_000).toISOString(),
    };
  },
);
