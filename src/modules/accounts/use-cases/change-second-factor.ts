import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { secondFactorRepository } from '../adapters/second-factor-repository.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { newTotpSecret, totpUri } from '../domain/totp.js';
import { accountErrors } from '../errors.js';
import { acceptFirstCodeOfNewApp } from './one-time-code.js';
import { requireRecentAuthentication } from './recent-authentication.js';
import { sealTotpSecret } from './totp-secret-storage.js';

/**
 * Sets up or replaces the second factor of a logged-in account, after a recent proof of the password
 * and of the current second factor (ASVS 6.4 / 7.5.3). The new secret waits aside (`totp_pending_secret`)
 * and the current one keeps working until a code of the new app confirms the change.
 */
export const beginSecondFactorChange = defineUseCase(z.object({}), async ({ ctx, trx, now, deps }) => {
  const actor = requireActor(ctx);
  await requireRecentAuthentication(trx, actor, now);
  const user = await accountsRepository(trx).findUser(actor.userId);
  if (!user) throw accountErrors.reauthenticationRequired();
  const secret = newTotpSecret();
  await secondFactorRepository(trx).setPendingSecret(user.id, sealTotpSecret(deps, user.id, secret));
  return { secret, otpauthUri: totpUri(secret, user.email) };
});

/** Confirms the new app with its code; the other sessions of the account end (ASVS 7.4.3). */
export const confirmSecondFactorChange = defineUseCase(
  z.object({ code: z.string().regex(/^\d{6}$/) }),
  async ({ input, ctx, trx, now, audit, deps }) => {
    const actor = requireActor(ctx);
    await requireRecentAuthentication(trx, actor, now);
    const factors = secondFactorRepository(trx);
    const pending = await factors.pendingSecret(actor.userId);
    if (!pending) throw accountErrors.noReplacementPending();
    if (
      !(await acceptFirstCodeOfNewApp(
        trx,
        deps,
        { id: actor.userId, sealedSecret: pending },
        input.code,
        now,
      ))
    ) {
      // Not SECOND_FACTOR_INVALID (401): the session is fine, only this code is wrong.
      throw accountErrors.reauthenticationFailed();
    }
    const user = await accountsRepository(trx).findUser(actor.userId);
    const replaced = user?.totpEnabledAt != null;
    await factors.promotePendingSecret(actor.userId, pending, now);
    const sessions = sessionsRepository(trx);
    await sessions.recordProof(actor.sessionId, { secondFactorAt: now });
    const endedSessions = await sessions.endOtherSessions(actor.userId, actor.sessionId, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: replaced ? 'user.second_factor_replaced' : 'user.second_factor_enabled',
      resourceType: 'user',
      resourceId: actor.userId,
      requestId: ctx.requestId,
      details: { endedSessions },
    });
    return { ok: true as const, endedSessions };
  },
);
