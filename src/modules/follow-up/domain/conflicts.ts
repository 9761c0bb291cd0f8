import type { AppointmentStatus } from './appointment-status.js';

/** What the agenda knows of an appointment to find overlaps: its staff and its half-open interval. */
export interface BookedSlot {
  id: string;
  startsAt: string;
  durationMinutes: number;
  status: AppointmentStatus;
  staffUserIds: readonly string[];
}

const interval = (slot: Pick<BookedSlot, 'startsAt' | 'durationMinutes'>) => {
  const start = Date.parse(slot.startsAt);
  return { start, end: start + slot.durationMinutes * 60_000 };
};

/**
 * Two appointments conflict when they share a staff member and their intervals [start, end) overlap:
 * one ending at 10:00 and another starting at 10:00 do not. Cancelled appointments free their slot;
 * held and missed ones still occupied it.
 */
export function overlap(a: BookedSlot, b: BookedSlot): boolean {
  if (a.id === b.id || a.status === 'cancelled' || b.status === 'cancelled') return false;
  if (!a.staffUserIds.some((user) => b.staffUserIds.includes(user))) return false;
  const x = interval(a);
  const y = interval(b);
  return x.start < y.end && y.start < x.end;
}

/** The slots the candidate conflicts with, in the given order. */
export function conflictsWith(candidate: BookedSlot, others: readonly BookedSlot[]): BookedSlot[] {
  return others.filter((other) => overlap(candidate, other));
}

/** For each slot, the ids of the others it conflicts with (slots without conflict are absent). */
export function conflictMap(slots: readonly BookedSlot[]): Map<string, string[]> {
  const sorted = [...slots]
    .filter((s) => s.status !== 'cancelled')
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const conflicts = new Map<string, string[]>();
  const add = (from: string, to: string) => conflicts.set(from, [...(conflicts.get(from) ?? []), to]);
  // Sweep: once a later slot starts after this one ends, no later slot can overlap it.
  for (let i = 0; i < sorted.length; i++) {
    const end = interval(sorted[i]!).end;
    for (let j = i + 1; j < sorted.length && Date.parse(sorted[j]!.startsAt) < end; j++) {
      if (overlap(sorted[i]!, sorted[j]!)) {
        add(sorted[i]!.id, sorted[j]!.id);
        add(sorted[j]!.id, sorted[i]!.id);
      }
    }
  }
  return conflicts;
}
