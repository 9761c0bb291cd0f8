/** After this many failed passwords in a row the account is locked for a while. */
export const maxFailedLogins = 5;
export const lockoutMinutes = 15;
export const sessionIdleHours = 12;
export const sessionMaxDays = 30;
export const passwordResetMinutes = 60;
export const minPasswordLength = 12;

export function lockedUntilAfterFailure(failedCount: number, now: Date): Date | null {
  return failedCount >= maxFailedLogins ? new Date(now.getTime() + lockoutMinutes * 60_000) : null;
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + sessionIdleHours * 3_600_000);
}
