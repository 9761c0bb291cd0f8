import type { Actor } from '../../../core/auth/actor.js';
import type { Role } from '../../../core/auth/roles.js';
import type { Clock } from '../../../core/clock.js';
import type { Db, Executor } from '../../../core/db/types.js';
import type { ResolvedSession } from '../../../core/http/app.js';
import { type Locale, locales } from '../../../core/i18n/locale.js';
import { organizationsApi } from '../../organizations/api.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { sessionExpiry } from '../domain/login-policy.js';
import { hashToken } from '../domain/tokens.js';

const touchEveryMs = 60_000;

export async function buildActor(
  db: Executor,
  user: { id: string; displayName: string; locale: string },
  sessionId: string,
  organizationId: string,
): Promise<Actor | null> {
  const organizations = organizationsApi(db);
  const memberships = await organizations.membershipsOfUser(user.id);
  const membership = memberships.find((m) => m.organizationId === organizationId);
  if (!membership) return null;
  const consortia = await organizations.consortiaOfOrganization(organizationId);
  return {
    userId: user.id,
    sessionId,
    displayName: user.displayName,
    organizationId,
    role: membership.role as Role,
    consortiumIds: consortia.map((c) => c.id),
    coordinatedConsortiumIds: consortia
      .filter((c) => c.coordinatingOrganizationId === organizationId)
      .map((c) => c.id),
    locale: (locales as readonly string[]).includes(user.locale) ? (user.locale as Locale) : 'fr',
  };
}

/** Turns the session cookie into the acting staff member, or null for anything not fully logged in. */
export function sessionResolver(db: Db, clock: Clock) {
  return async (token: string): Promise<ResolvedSession | null> => {
    const now = clock.now();
    const repo = accountsRepository(db);
    const session = await repo.findLiveSessionByTokenHash(hashToken(token), now);
    if (!session || session.secondFactorPending || !session.organizationId) return null;
    const user = await repo.findUser(session.userId);
    if (!user || user.disabledAt) return null;
    const actor = await buildActor(db, user, session.id, session.organizationId);
    if (!actor) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > touchEveryMs) {
      await repo.touchSession(session.id, now, sessionExpiry(now));
    }
    return { actor, csrfToken: session.csrfToken };
  };
}
