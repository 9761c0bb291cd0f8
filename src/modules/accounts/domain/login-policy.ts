export const sessionIdleHours = 12;
export const sessionMaxDays = 30;
export const passwordResetMinutes = 60;
/** Failed logins are throttled, never locked: see login-throttle.ts; passwords: password-policy.ts. */

export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + sessionIdleHours * 3_600_000);
}
