import { dayInZone, instantOfLocal, localDateTimeInZone, nextDay } from '../../../core/time-zone.js';

/**
 * The agenda's grid, computed apart from React: which days, which hours, where each appointment sits
 * and beside which others (overlaps side by side), and which instant a slot names. Times are read in
 * one time zone, the one the booking form uses, so that the slot clicked is the time prefilled.
 */
export const slotMinutes = 30;
const defaultStart = 8 * 60;
const defaultEnd = 19 * 60;

export interface GridAppointment {
  id: string;
  startsAt: string;
  durationMinutes: number;
  status: 'scheduled' | 'held' | 'missed' | 'cancelled';
}

export interface Placed<T extends GridAppointment> {
  item: T;
  /** Minutes after midnight (local) where the block starts and ends, cut to the day. */
  start: number;
  end: number;
  lane: number;
  lanes: number;
}

/** Every day from `from` to `to`, both included ('YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && days.length < 31; day = nextDay(day)) days.push(day);
  return days;
}

const minutesOf = (local: string) => Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));

/**
 * Each day's blocks with their lanes: blocks that overlap share the width of the column. Cancelled
 * appointments take no place (the list below the grid still shows them).
 */
export function placeAppointments<T extends GridAppointment>(
  items: readonly T[],
  days: readonly string[],
  zone: string,
): Map<string, Placed<T>[]> {
  const byDay = new Map<string, Placed<T>[]>(days.map((d) => [d, []]));
  for (const item of items) {
    if (item.status === 'cancelled') continue;
    const startInstant = new Date(item.startsAt);
    const endInstant = new Date(startInstant.getTime() + item.durationMinutes * 60_000);
    for (const day of days) {
      const dayStart = instantOfLocal(`${day}T00:00`, zone).getTime();
      const dayEnd = instantOfLocal(`${nextDay(day)}T00:00`, zone).getTime();
      if (endInstant.getTime() <= dayStart || startInstant.getTime() >= dayEnd) continue;
      const start =
        startInstant.getTime() <= dayStart ? 0 : minutesOf(localDateTimeInZone(startInstant, zone));
      const end =
        endInstant.getTime() >= dayEnd
          ? 24 * 60
          : Math.max(start + 1, minutesOf(localDateTimeInZone(endInstant, zone)));
      byDay.get(day)?.push({ item, start, end, lane: 0, lanes: 1 });
    }
  }
  for (const blocks of byDay.values()) assignLanes(blocks);
  return byDay;
}

/** Greedy lanes within each cluster of blocks that overlap one another, sorted by start then id. */
function assignLanes<T extends GridAppointment>(blocks: Placed<T>[]): void {
  blocks.sort((a, b) => a.start - b.start || b.end - a.end || (a.item.id < b.item.id ? -1 : 1));
  let cluster: Placed<T>[] = [];
  let clusterEnd = -1;
  const close = () => {
    const lanes = Math.max(1, ...cluster.map((b) => b.lane + 1));
    for (const block of cluster) block.lanes = lanes;
    cluster = [];
  };
  for (const block of blocks) {
    if (block.start >= clusterEnd) close();
    const laneEnds: number[] = [];
    for (const other of cluster) laneEnds[other.lane] = Math.max(laneEnds[other.lane] ?? 0, other.end);
    let lane = 0;
    while (laneEnds[lane] !== undefined && (laneEnds[lane] as number) > block.start) lane += 1;
    block.lane = lane;
    cluster.push(block);
    clusterEnd = Math.max(clusterEnd, block.end);
  }
  close();
}

/** The hours the grid shows: 08:00 to 19:00, widened to the whole hours of any appointment outside them. */
export function gridHours<T extends GridAppointment>(
  placed: Map<string, Placed<T>[]>,
): { start: number; end: number } {
  let start = defaultStart;
  let end = defaultEnd;
  for (const blocks of placed.values())
    for (const block of blocks) {
      start = Math.min(start, Math.floor(block.start / 60) * 60);
      end = Math.max(end, Math.ceil(block.end / 60) * 60);
    }
  return { start, end };
}

/** The slots of a day: their start in minutes after midnight. */
export function slotsOf(hours: { start: number; end: number }): number[] {
  const slots: number[] = [];
  for (let m = hours.start; m < hours.end; m += slotMinutes) slots.push(m);
  return slots;
}

/** 'YYYY-MM-DDTHH:mm' of a slot, as a datetime-local field holds it. */
export function slotLocal(day: string, minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** How many appointments (not cancelled) overlap a slot of a day. */
export function busyIn<T extends GridAppointment>(blocks: readonly Placed<T>[], minutes: number): number {
  return blocks.filter((b) => b.start < minutes + slotMinutes && b.end > minutes).length;
}

/** Today in the zone, for the "today" button and the column it marks. */
export function todayIn(zone: string, now = new Date()): string {
  return dayInZone(now, zone);
}
