import { z } from 'zod';
import type { Role } from '../../../core/auth/roles.js';

/**
 * How long an organization waits for an answer to what it sent before the daily reminders give their
 * tasks (docs/referrals.md, docs/handoffs.md; migration 0086): a referral pending, a hand-off proposed.
 * Each organization works at its own pace; the delay is the sender's, since it is the one waiting.
 */
export const reminderDelayBounds = { min: 1, max: 60 } as const;

/** The delay of an organization that set none: the constants the reminders used before 0086. */
export const defaultReminderDelays = { referralDays: 7, handoffDays: 7 } as const;

export interface ReminderDelays {
  referralDays: number;
  handoffDays: number;
}

const outOfRange = `A reminder delay is a whole number of days from ${reminderDelayBounds.min} to ${reminderDelayBounds.max}`;

/** A number of days between the bounds, whole. Browser-safe: the contract and the form use it. */
export const reminderDays = z
  .number({ error: outOfRange })
  .int({ error: outOfRange })
  .min(reminderDelayBounds.min, { error: outOfRange })
  .max(reminderDelayBounds.max, { error: outOfRange });

export const reminderDelaysBody = z.object({
  referralDays: reminderDays.describe(
    'Days a referral the organization sent may stay pending before both sides are reminded',
  ),
  handoffDays: reminderDays.describe(
    'Days a hand-off the organization proposed may wait before both sides are reminded',
  ),
});

/** Who sets them: the organization's administrators, directors and coordinators. */
export const reminderDelayRoles: readonly Role[] = ['administrator', 'director', 'coordinator'];
