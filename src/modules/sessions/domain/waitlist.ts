export const enrolmentStatuses = ['enrolled', 'waitlisted', 'withdrawn'] as const;
export type SessionEnrolmentStatus = (typeof enrolmentStatuses)[number];

export interface SeatHolder {
  id: string;
  status: SessionEnrolmentStatus;
  /** When they asked for a seat: the waitlist is first come, first served. */
  requestedAt: string;
}

/** Whether a new request gets a seat or a place on the waitlist. */
export function placementOf(enrolledCount: number, capacity: number | null): 'enrolled' | 'waitlisted' {
  return capacity === null || enrolledCount < capacity ? 'enrolled' : 'waitlisted';
}

/**
 * Who moves up when seats are free: the longest-waiting first, as many as there are free seats (a
 * capacity raised by three promotes three).
 */
export function promotions(holders: readonly SeatHolder[], capacity: number | null): string[] {
  const enrolled = holders.filter((h) => h.status === 'enrolled').length;
  const waiting = holders
    .filter((h) => h.status === 'waitlisted')
    .sort((a, b) =>
      a.requestedAt === b.requestedAt ? a.id.localeCompare(b.id) : a.requestedAt < b.requestedAt ? -1 : 1,
    );
  const free = capacity === null ? waiting.length : Math.max(0, capacity - enrolled);
  return waiting.slice(0, free).map((h) => h.id);
}

/** 1-based rank on the waitlist, for telling a person where they stand. */
export function waitlistRank(holders: readonly SeatHolder[], id: string): number | null {
  const waiting = holders
    .filter((h) => h.status === 'waitlisted')
    .sort((a, b) =>
      a.requestedAt === b.requestedAt ? a.id.localeCompare(b.id) : a.requestedAt < b.requestedAt ? -1 : 1,
    );
  const index = waiting.findIndex((h) => h.id === id);
  return index < 0 ? null : index + 1;
}
