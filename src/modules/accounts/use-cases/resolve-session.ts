import type { Actor } from '../../../core/auth/actor.js';
import type { Role } from '../../../core/auth/roles.js';
import type { Clock } from '../../../core/clock.js';
import type { Db, Executor } from '../../../core/db/types.js';
import type { ResolvedSession } from '../../../core/http/app.js';
import { type Locale, locales } from '../../../core/i18n/locale.js';
import { organizationsApi } from '../../organizations/api.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import {
  defaultSessionTimeouts,
  type SessionTimeouts,
  sessionEndsAt,
  sessionIsAlive,
} from '../domain/session-timeouts.js';
import { hashToken } from '../domain/tokens.js';

const touchEveryMs = 60_000;

export async function buildActor(
  db: Executor,
  user: { id: string; displayName: string; locale: string },
  sessionId: string,
  organizationId: string,
): Promise<Actor | null> {
  const organizations = organizationsApi(db);
  // Side by side: both depend only on the session (one round trip instead of two per request).
  const [memberships, consortia] = await Promise.all([
    organizations.membershipsOfUser(user.id),
    organizations.consortiaOfOrganization(organizationId),
  ]);
  const membership = memberships.find((m) => m.organizationId === organizationId);
  if (!membership) return null;
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

/**
 * Turns the session cookie into the acting staff member, or null for anything not fully logged in.
 * A session past its idle or absolute timeout (with the settings of now, not those of its login) is
 * ended on the spot, so that it no longer shows among the account's sessions either.
 */
export function sessionResolver(db: Db, clock: Clock, timeouts: SessionTimeouts = defaultSessionTimeouts) {
  return async (token: string): Promise<ResolvedSession | null> => {
    const now = clock.now();
    const sessions = sessionsRepository(db);
    // The session and its account in one statement; the membership and consortia then side by side.
    const found = await sessions.findWithUserByTokenHash(hashToken(token), now);
    if (!found) return null;
    const { user, ...session } = found;
    if (!sessionIsAlive(session, timeouts, now)) {
      await sessions.end(session.id, now);
      return null;
    }
    if (session.secondFactorPending || !session.organizationId) return null;
    if (!user || user.disabledAt) return null;
    const actor = await buildActor(db, user, session.id, session.organizationId);
    if (!actor) return null;
    // Written at most once a minute: the idle limit is then counted from up to a minute early.
    if (now.getTime() - session.lastSeenAt.getTime() > touchEveryMs) {
      await sessions.touch(session.id, now, sessionEndsAt({ ...session, lastSeenAt: now }, timeouts));
    }
    return { actor, csrfToken: session.csrfToken };
  };
}
