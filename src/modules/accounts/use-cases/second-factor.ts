import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { hashToken } from '../domain/tokens.js';
import { newTotpSecret, totpUri, verifyTotp } from '../domain/totp.js';
import { accountErrors } from '../errors.js';
import { openTotpSecret, sealTotpSecret } from './totp-secret-storage.js';

const tokenAndCode = z.object({ token: z.string().max(200), code: z.string().regex(/^\d{6}$/) });

async function sessionAndUser(trx: Parameters<typeof accountsRepository>[0], token: string, now: Date) {
  const repo = accountsRepository(trx);
  const session = await repo.findLiveSessionByTokenHash(hashToken(token), now);
  if (!session) throw accountErrors.invalidCredentials();
  const user = await repo.findUser(session.userId);
  if (!user || user.disabledAt) throw accountErrors.invalidCredentials();
  return { repo, session, user };
}

/** Completes a login for an account protected by an authenticator app. */
export const verifySecondFactor = defineUseCase(
  tokenAndCode,
  async ({ input, ctx, trx, now, audit, deps }) => {
    const { repo, session, user } = await sessionAndUser(trx, input.token, now);
    if (!user.totpSecret || !user.totpEnabledAt) throw accountErrors.secondFactorSetupRequired();
    const secret = openTotpSecret(deps, user.id, user.totpSecret);
    if (!(await verifyTotp(secret, input.code, now))) throw accountErrors.secondFactorInvalid();
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
    return { ok: true as const };
  },
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

export const confirmTotpSetup = defineUseCase(tokenAndCode, async ({ input, ctx, trx, now, audit, deps }) => {
  const { repo, session, user } = await sessionAndUser(trx, input.token, now);
  if (user.totpEnabledAt) throw accountErrors.secondFactorRequired();
  if (
    !user.totpSecret ||
    !(await verifyTotp(openTotpSecret(deps, user.id, user.totpSecret), input.code, now))
  )
    throw accountErrors.secondFactorInvalid();
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
  return { ok: true as const };
});
