import { daysBetween } from './arrears.js';

export const reminderKinds = ['upcoming', 'overdue_1', 'overdue_15', 'overdue_30'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** Days before the due date when the borrower is reminded; days late when arrears reminders go out. */
export const upcomingReminderDays = 3;
const overdueSteps: [number, ReminderKind][] = [
  [30, 'overdue_30'],
  [15, 'overdue_15'],
  [1, 'overdue_1'],
];

/**
 * The reminder an unpaid installment calls for on a date, if any. Steps are cumulative (a sweep that
 * missed days still sends the step reached); each step goes out once per installment (dedupe key).
 */
export function reminderDue(dueOn: string, today: string): ReminderKind | null {
  const late = daysBetween(dueOn, today);
  if (late < 0) return -late <= upcomingReminderDays ? 'upcoming' : null;
  for (const [days, kind] of overdueSteps) if (late >= days) return kind;
  return null;
}
