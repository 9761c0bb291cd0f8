import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { defineUseCase, type UseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { isLocked, lockedUntilAfterFailure, lockoutMinutes, sessionExpiry } from '../domain/login-policy.js';
import { verifyPassword } from '../domain/passwords.js';
import { newSecretToken } from '../domain/tokens.js';
import { accountErrors } from '../errors.js';

export const loginInput = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(1000),
  userAgent: z.string().max(500).nullish(),
});

export type SecondFactorState = 'none' | 'required' | 'setup_required';

/**
 * Checks the password and opens a session. Accounts with a second factor, and administrators who
 * must set one up, get a session that only the second-factor step can complete.
 */
const attemptLogin = defineUseCase(loginInput, async ({ input, ctx, trx, now, newId, audit }) => {
  const repo = accountsRepository(trx);
  const user = await repo.findUserByEmail(input.email);
  if (!user || user.disabledAt) {
    // Same work and same answer whether or not the account exists.
    await verifyPassword(
      '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0000000000000000000000000000000000000000000',
      input.password,
    );
    throw accountErrors.invalidCredentials();
  }
  if (isLocked(user.lockedUntil, now)) {
    const minutes = Math.max(1, Math.ceil((user.lockedUntil!.getTime() - now.getTime()) / 60_000));
    throw accountErrors.accountLocked({ minutes });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failed = user.failedLoginCount + 1;
    const lockedUntil = lockedUntilAfterFailure(failed, now);
    await repo.recordFailedLogin(user.id, failed, lockedUntil);
    // Returned, not thrown: the failed attempt must be committed to count towards the lockout.
    return {
      ok: false as const,
      error: lockedUntil
        ? accountErrors.accountLocked({ minutes: lockoutMinutes })
        : accountErrors.invalidCredentials(),
    };
  }
  const memberships = await organizationsApi(trx).membershipsOfUser(user.id);
  if (memberships.length === 0) throw accountErrors.noOrganization();
  const organizationId =
    memberships.find((m) => m.organizationId === user.lastOrganizationId)?.organizationId ??
    memberships[0]!.organizationId;
  const isAdministrator = memberships.some((m) => m.role === 'administrator');
  const secondFactor: SecondFactorState = user.totpEnabledAt
    ? 'required'
    : isAdministrator
      ? 'setup_required'
      : 'none';

  const { token, hash } = newSecretToken();
  const sessionId = newId();
  await repo.insertSession({
    id: sessionId,
    tokenHash: hash,
    userId: user.id,
    organizationId,
    csrfToken: randomBytes(24).toString('base64url'),
    secondFactorPending: secondFactor !== 'none',
    now,
    expiresAt: sessionExpiry(now),
    ip: ctx.ip,
    userAgent: input.userAgent ?? null,
  });
  await repo.recordSuccessfulLogin(user.id, organizationId);
  await audit.record({
    actorUserId: user.id,
    organizationId,
    subjectOrganizationId: organizationId,
    action: 'session.login',
    resourceType: 'session',
    resourceId: sessionId,
    requestId: ctx.requestId,
    details: { secondFactor },
  });
  return { ok: true as const, token, secondFactor };
});

export const login: UseCase<typeof loginInput, { token: string; secondFactor: SecondFactorState }> =
  (deps) => async (ctx, input) => {
    const result = await attemptLogin(deps)(ctx, input);
    if (!result.ok) throw result.error;
    return { token: result.token, secondFactor: result.secondFactor };
  };
