/**
 * Meeting times as the organizer types them: `YYYY-MM-DDTHH:MM` in the browser's time zone (the value
 * of an `<input type="datetime-local">`), turned into instants only when sent.
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

const pad = (value: number) => String(value).padStart(2, '0');

function localDateOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Every chosen weekday at the given time over `weeks` weeks from `from`, in order. */
export function recurringStarts(plan: RecurrencePlan): LocalDateTime[] {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(plan.from);
  if (!dateMatch || !/^\d{2}:\d{2}$/.test(plan.time) || plan.weeks < 1) return [];
  const [year, month, day] = dateMatch.slice(1).map(Number) as [number, number, number];
  const wanted = new Set(plan.weekdays);
  const starts: LocalDateTime[] = [];
  for (let offset = 0; offset < plan.weeks * 7; offset += 1) {
    // Calendar arithmetic on local dates: a daylight-saving change between two weeks keeps the hour.
    const date = new Date(year, month - 1, day + offset);
    if (wanted.has(date.getDay())) starts.push(`${localDateOf(date)}T${plan.time}`);
  }
  return starts;
}

/** The instant a local date-time names in this browser's time zone, as ISO (UTC); null if unreadable. */
export function localToIso(local: LocalDateTime): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An instant shown back in a datetime-local input, in this browser's time zone. */
export function isoToLocal(iso: string): LocalDateTime {
  const date = new Date(iso);
  return `${localDateOf(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A date-time a week after the last one, to add the next meeting of a weekly series. */
export function weekAfter(local: LocalDateTime): LocalDateTime {
  const iso = localToIso(local);
  if (!iso) return local;
  const date = new Date(iso);
  date.setDate(date.getDate() + 7);
  return isoToLocal(date.toISOString());
}

/** Today as a calendar date in the browser's time zone, 'YYYY-MM-DD'. */
export function todayLocal(now: Date = new Date()): string {
  return localDateOf(now);
}
