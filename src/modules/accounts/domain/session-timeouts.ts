/**
 * How long a staff session lives (ASVS 7.3): it ends after `idleMinutes` without a request, and in any
 * case `absoluteHours` after the login, whatever the activity. Set by SESSION_IDLE_MINUTES and
 * SESSION_ABSOLUTE_HOURS; these defaults are a working day's session that a lunch break ends.
 */
export interface SessionTimeouts {
  idleMinutes: number;
  absoluteHours: number;
}

export const defaultSessionTimeouts: SessionTimeouts = { idleMinutes: 30, absoluteHours: 12 };

/** The moment the session ends if nothing else happens: the sooner of the idle and the absolute limit. */
export function sessionEndsAt(
  session: { createdAt: Date; lastSeenAt: Date },
  timeouts: SessionTimeouts,
): Date {
  const idleEnd = session.lastSeenAt.getTime() + timeouts.idleMinutes * 60_000;
  const absoluteEnd = session.createdAt.getTime() + timeouts.absoluteHours * 3_600_000;
  return new Date(Math.min(idleEnd, absoluteEnd));
}

export function sessionIsAlive(
  session: { createdAt: Date; lastSeenAt: Date },
  timeouts: SessionTimeouts,
  now: Date,
): boolean {
  return now.getTime() < sessionEndsAt(session, timeouts).getTime();
}

/**
 * A sensitive action (changing the second factor, exporting a person's file, the identity provider)
 * needs the password — and the second factor when the account has one — proven this recently.
 */
export const recentAuthenticationMinutes = 10;

export function provenRecently(at: Date | null, now: Date): boolean {
  return at !== null && now.getTime() - at.getTime() <= recentAuthenticationMinutes * 60_000;
}
