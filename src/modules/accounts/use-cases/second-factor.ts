import { z } from 'zod';
import type { AuditWriter } from '../../../core/audit/audit-log.js';
import type { RequestContext } from '../../../core/auth/actor.js';
import type { AppError } from '../../../core/errors.js';
import { defineUseCase, type UseCase } from '../../../core/use-case.js';
import { accountsRepository, type SessionRecord } from '../adapters/accounts-repository.js';
import { oneTimeCodesRepository } from '../adapters/one-time-codes-repository.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { hashToken } from '../domain/tokens.js';
import { newTotpSecret, totpUri } from '../domain/totp.js';
import { accountErrors } from '../errors.js';
import {
  acceptFirstCodeOfNewApp,
  acceptSecondFactorCode,
  type CodeCheck,
  maxWrongSecondFactorCodes,
} from './one-time-code.js';
import { sealTotpSecret } from './totp-secret-storage.js';

const tokenAndCode = z.object({ token: z.string().max(200), code: z.string().regex(/^\d{6}$/) });

async function sessionAndUser(trx: Parameters<typeof accountsRepository>[0], token: string, now: Date) {
  const repo = accountsRepository(trx);
  const session = await repo.findLiveSessionByTokenHash(hashToken(token), now);
  if (!session) throw accountErrors.invalidCredentials();
  const user = await repo.findUser(session.userId);
  if (!user || user.disabledAt) throw accountErrors.invalidCredentials();
  return { repo, session, user };
}

/** `token` is the session's new token: the proof of the second factor rotates it. */
type Outcome = { ok: true; token: string } | { ok: false; error: AppError };

/**
 * Counts a wrong (or already used) code on the session waiting for its second factor; the fifth
 * ends it, and the person logs in again with the password (itself throttled). Returned, not thrown,
 * by the use cases below: the count and the end of the session must be committed.
 */
async function refuseCode(
  trx: Parameters<typeof accountsRepository>[0],
  scope: { session: SessionRecord; ctx: RequestContext; audit: AuditWriter; now: Date },
  check: Exclude<CodeCheck, 'accepted'>,
): Promise<Outcome> {
  const { session, ctx, audit, now } = scope;
  const failures = await oneTimeCodesRepository(trx).countWrongCode(session.id);
  if (failures < maxWrongSecondFactorCodes)
    return {
      ok: false,
      error: check === 'used' ? accountErrors.secondFactorCodeUsed() : accountErrors.secondFactorInvalid(),
    };
  await sessionsRepository(trx).end(session.id, now);
  await audit.record({
    actorUserId: session.userId,
    organizationId: session.organizationId,
    subjectOrganizationId: session.organizationId,
    action: 'session.second_factor_attempts_exceeded',
    resourceType: 'session',
    resourceId: session.id,
    requestId: ctx.requestId,
    details: { wrongCodes: failures },
  });
  return { ok: false, error: accountErrors.secondFactorAttemptsExceeded() };
}

function throwingRefusals<S extends z.ZodType>(
  useCase: UseCase<S, Outcome>,
): UseCase<S, { ok: true; token: string }> {
  return (deps) => async (ctx, input) => {
    const result = await useCase(deps)(ctx, input);
    if (!result.ok) throw result.error;
    return result;
  };
}

/** Completes a login for an account protected by an authenticator app; each code works once. */
export const verifySecondFactor = throwingRefusals(
  defineUseCase(tokenAndCode, async ({ input, ctx, trx, now, audit, deps }): Promise<Outcome> => {
    const { repo, session, user } = await sessionAndUser(trx, input.token, now);
    if (!user.totpSecret || !user.totpEnabledAt) throw accountErrors.secondFactorSetupRequired();
    const check = await acceptSecondFactorCode(
      trx,
      deps,
      { id: user.id, sealedSecret: user.totpSecret },
      input.code,
      now,
    );
    if (check !== 'accepted') return refuseCode(trx, { session, ctx, audit, now }, check);
    await repo.updateSession(session.id, { secondFactorPending: false, secondFactorAt: now });
    await audit.record({
      actorUserId: user.id,
      organizationId: session.organizationId,
      subjectOrganizationId: session.organizationId,
      action: 'session.second_factor',
      resourceType: 'session',
      resourceId: session.id,
      requestId: ctx.requestId,
    });
    return { ok: true, token: await sessionsRepository(trx).rotateToken(session.id) };
  }),
);

/** Draws a new secret (not active until confirmed with a code from the app). */
export const beginTotpSetup = defineUseCase(
  z.object({ token: z.string().max(200) }),
  async ({ input, trx, now, deps }) => {
    const { repo, user } = await sessionAndUser(trx, input.token, now);
    // An account that already has a second factor must prove it before replacing it: not here.
    if (user.totpEnabledAt) throw accountErrors.secondFactorRequired();
    const secret = newTotpSecret();
    await repo.updateUser(user.id, { totpSecret: sealTotpSecret(deps, user.id, secret) });
    return { secret, otpauthUri: totpUri(secret, user.email) };
  },
);

export const confirmTotpSetup = throwingRefusals(
  defineUseCase(tokenAndCode, async ({ input, ctx, trx, now, audit, deps }): Promise<Outcome> => {
    const { repo, session, user } = await sessionAndUser(trx, input.token, now);
    if (user.totpEnabledAt) throw accountErrors.secondFactorRequired();
    const confirmed =
      user.totpSecret !== null &&
      (await acceptFirstCodeOfNewApp(
        trx,
        deps,
        { id: user.id, sealedSecret: user.totpSecret },
        input.code,
        now,
      ));
    if (!confirmed) return refuseCode(trx, { session, ctx, audit, now }, 'wrong');
    await repo.updateUser(user.id, { totpEnabledAt: now });
    await repo.updateSession(session.id, { secondFactorPending: false, secondFactorAt: now });
    await audit.record({
      actorUserId: user.id,
      organizationId: session.organizationId,
      subjectOrganizationId: session.organizationId,
      action: 'user.second_factor_enabled',
      resourceType: 'user',
      resourceId: user.id,
      requestId: ctx.requestId,
    });
    return { ok: true, token: await sessionsRepository(trx).rotateToken(session.id) };
  }),
);
