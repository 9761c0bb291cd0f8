import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { defineUseCase, type UseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { loginThrottlesRepository } from '../adapters/login-throttles-repository.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { sessionExpiry } from '../domain/login-policy.js';
import {
  afterFailure,
  emailUnderAttack,
  pairAfterFailure,
  secondsToWait,
  throttleKeys,
  throttlePolicy,
} from '../domain/login-throttle.js';
import { verifyPassword } from '../domain/passwords.js';
import { newSecretToken } from '../domain/tokens.js';
import { accountErrors } from '../errors.js';
import { mustHaveSecondFactor } from './second-factor-requirement.js';

export const loginInput = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(1000),
  userAgent: z.string().max(500).nullish(),
});

export type SecondFactorState = 'none' | 'required' | 'setup_required';

/** Checked for unknown and disabled accounts, so that they cost the same work as a wrong password. */
const dummyPasswordHash =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0000000000000000000000000000000000000000000';

/**
 * Checks the password and opens a session. Accounts with a second factor, and those who must set
 * one up (administrators, or all staff where the organization asks it), get a session that only the second-factor step can complete.
 *
 * Failures are throttled per (e-mail typed, source), per e-mail and per source, never by locking the
 * account (domain/login-throttle.ts): an unknown e-mail is counted, answered and made to wait exactly
 * like a known one, and the owner logging in from a source that has not been failing is not held up.
 */
const attemptLogin = defineUseCase(loginInput, async ({ input, ctx, trx, now, newId, audit }) => {
  const throttles = loginThrottlesRepository(trx);
  const keys = throttleKeys(input.email, ctx.ip);
  const pair = await throttles.lock(keys.pair, now);
  const counters = await throttles.find([keys.email, keys.source]);
  const wait = secondsToWait({ pair, source: counters.get(keys.source) }, now);
  if (wait > 0) throw accountErrors.loginThrottled({ minutes: Math.ceil(wait / 60) });

  const repo = accountsRepository(trx);
  const found = await repo.findUserByEmail(input.email);
  const usable = found && !found.disabledAt ? found : null;
  const passwordMatches = await verifyPassword(usable?.passwordHash ?? dummyPasswordHash, input.password);
  if (!usable || !passwordMatches) {
    const email = afterFailure(counters.get(keys.email), throttlePolicy.emailWindowSeconds, now);
    await throttles.save(keys.email, email);
    await throttles.save(
      keys.source,
      afterFailure(counters.get(keys.source), throttlePolicy.sourceWindowSeconds, now),
    );
    await throttles.save(keys.pair, pairAfterFailure(pair, emailUnderAttack(email, now), now));
    await throttles.prune(new Date(now.getTime() - throttlePolicy.pairForgetSeconds * 1000));
    // Returned, not thrown: the failure must be committed to count.
    return { ok: false as const, error: accountErrors.invalidCredentials() };
  }
  const user = usable;
  await throttles.remove(keys.pair);
  const memberships = await organizationsApi(trx).membershipsOfUser(user.id);
  if (memberships.length === 0) throw accountErrors.noOrganization();
  const organizationId =
    memberships.find((m) => m.organizationId === user.lastOrganizationId)?.organizationId ??
    memberships[0]!.organizationId;
  const secondFactor: SecondFactorState = user.totpEnabledAt
    ? 'required'
    : (await mustHaveSecondFactor(trx, memberships))
      ? 'setup_required'
      : 'none';

  const { token, hash } = newSecretToken();
  const sessionId = newId();
  await sessionsRepository(trx).insert({
    id: sessionId,
    tokenHash: hash,
    userId: user.id,
    organizationId,
    csrfToken: randomBytes(24).toString('base64url'),
    secondFactorPending: secondFactor !== 'none',
    secondFactorAt: null,
    authenticationMethod: 'password',
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
