import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { provenRecently, recentAuthenticationMinutes } from '../domain/session-timeouts.js';
import { accountErrors } from '../errors.js';

/**
 * Refuses a sensitive action (403 REAUTHENTICATION_REQUIRED) unless this session proved the password
 * — or its identity provider — within the last minutes, and the second factor too when the account has
 * one (ASVS 7.5.3). `details` tell the client how to prove it again: the password (and code) through
 * POST /api/auth/reauthenticate, or the identity provider for a single sign-on session.
 */
export async function requireRecentAuthentication(db: Executor, actor: Actor, now: Date): Promise<void> {
  const session = await sessionsRepository(db).findById(actor.sessionId);
  const user = await accountsRepository(db).findUser(actor.userId);
  const needsSecondFactor = user?.totpEnabledAt != null;
  const recent =
    session !== undefined &&
    session.userId === actor.userId &&
    provenRecently(session.authenticatedAt, now) &&
    (!needsSecondFactor || provenRecently(session.secondFactorAt, now));
  if (recent) return;
  throw accountErrors.reauthenticationRequired(
    {},
    {
      method: session?.authenticationMethod ?? 'password',
      secondFactor: needsSecondFactor,
      withinMinutes: recentAuthenticationMinutes,
    },
  );
}
