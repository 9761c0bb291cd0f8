import { dayInZone, instantOfLocal } from '../core/time-zone.js';

/**
 * Where the demo's programs work: meetings, appointments and contacts are placed on their local
 * working days at their local hours, so a class never meets on a Sunday and does not move by an
 * hour when the clocks change (the same wall-clock time, whatever the UTC offset that day).
 */
export const demoTimeZones = {
  occitanie: 'Europe/Paris',
  gironde: 'Europe/Paris',
  stLouis: 'America/Chicago',
  louisville: 'America/Kentucky/Louisville',
  quebec: 'America/Toronto',
} as const;

/** ISO weekday of a 'YYYY-MM-DD': Monday 1 … Sunday 7. */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function addDays(day: string, days: number): string {
  const t = new Date(`${day}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

export const isWorkingDay = (day: string) => isoWeekday(day) <= 5;

/** A demo calendar in one zone, relative to the demo's "now". */
export function demoCalendar(now: Date, zone: string) {
  const today = dayInZone(now, zone);
  /** The instant of a local wall-clock time on a day ('HH:MM'). */
  const at = (day: string, hhmm: string) => instantOfLocal(`${day}T${hhmm}`, zone).toISOString();
  /**
   * The working day about `offset` days from today, never today: moved away from today (earlier for
   * a past offset, later for a future one) when it falls on a weekend.
   */
  const workingDay = (offset: number): string => {
    if (offset === 0) throw new Error('demo calendar: today is neither past nor future');
    const step = offset < 0 ? -1 : 1;
    let day = addDays(today, offset);
    while (!isWorkingDay(day)) day = addDays(day, step);
    return day;
  };
  /**
   * Days of the given weekdays, `past` of them before today and `future` after it (today left out,
   * so the split between past and future does not depend on the hour the demo is loaded).
   */
  const weekdaysAround = (weekdays: readonly number[], past: number, future: number): string[] => {
    const before: string[] = [];
    for (let day = addDays(today, -1); before.length < past; day = addDays(day, -1))
      if (weekdays.includes(isoWeekday(day))) before.unshift(day);
    const after: string[] = [];
    for (let day = addDays(today, 1); after.length < future; day = addDays(day, 1))
      if (weekdays.includes(isoWeekday(day))) after.push(day);
    return [...before, ...after];
  };
  return { today, at, workingDay, weekdaysAround };
}
export type DemoCalendar = ReturnType<typeof demoCalendar>;
