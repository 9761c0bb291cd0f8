/**
 * Meeting times as the organizer types them: `YYYY-MM-DDTHH:MM` on the organization's wall clock (the
 * value of an `<input type="datetime-local">`), turned into instants only when sent, in the
 * organization's zone (`isoOfWallTime` of core/time-zone.ts), never the browser's.
 */
export type LocalDateTime = string;

export interface RecurrencePlan {
  /** Days of the week, 0 = Sunday … 6 = Saturday (as `Date#getDay`). */
  weekdays: readonly number[];
  /** `HH:MM`. */
  time: string;
  weeks: number;
  /** `YYYY-MM-DD`: the first day that may hold a meeting. */
  from: string;
}

/** Every chosen weekday at the given time over `weeks` weeks from `from`, in order. */
export function recurringStarts(plan: RecurrencePlan): LocalDateTime[] {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(plan.from);
  if (!dateMatch || !/^\d{2}:\d{2}$/.test(plan.time) || plan.weeks < 1) return [];
  const [year, month, day] = dateMatch.slice(1).map(Number) as [number, number, number];
  const wanted = new Set(plan.weekdays);
  const starts: LocalDateTime[] = [];
  for (let offset = 0; offset < plan.weeks * 7; offset += 1) {
    // Calendar arithmetic on dates alone (no zone): a change of summer time keeps the hour.
    const date = new Date(Date.UTC(year, month - 1, day + offset));
    if (wanted.has(date.getUTCDay())) starts.push(`${date.toISOString().slice(0, 10)}T${plan.time}`);
  }
  return starts;
}
