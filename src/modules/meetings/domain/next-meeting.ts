/**
 * When the next meeting of a monthly series falls: the same weekday of the same week of next month
 * (the first Tuesday stays the first Tuesday), at the same wall-clock time. A fifth weekday, which
 * next month may not have, becomes the fourth. Calendar arithmetic on 'YYYY-MM-DDTHH:mm'.
 */
export function sameWeekdayNextMonth(wallTime: string): string {
  const day = new Date(`${wallTime.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return wallTime;
  const week = Math.min(Math.ceil(day.getUTCDate() / 7), 4);
  const weekday = day.getUTCDay();
  const first = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  first.setUTCDate(1 + offset + (week - 1) * 7);
  return `${first.toISOString().slice(0, 10)}${wallTime.slice(10)}`;
}
