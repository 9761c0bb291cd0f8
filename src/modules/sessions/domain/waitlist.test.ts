import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placementOf, promotions, type SeatHolder, waitlistRank } from './waitlist.js';

const holder = (id: string, status: SeatHolder['status'], requestedAt: string): SeatHolder => ({
  id,
  status,
  requestedAt,
});

describe('capacity and waitlist', () => {
  it('seats until the capacity, then waitlists; no capacity means no limit', () => {
    expect(placementOf(11, 12)).toBe('enrolled');
    expect(placementOf(12, 12)).toBe('waitlisted');
    expect(placementOf(500, null)).toBe('enrolled');
  });

  it('promotes the longest-waiting first, as many as there are free seats', () => {
    const holders = [
      holder('a', 'enrolled', '2026-01-01T09:00:00Z'),
      holder('b', 'withdrawn', '2026-01-01T09:01:00Z'),
      holder('late', 'waitlisted', '2026-01-03T09:00:00Z'),
      holder('early', 'waitlisted', '2026-01-02T09:00:00Z'),
    ];
    expect(promotions(holders, 2)).toEqual(['early']);
    expect(promotions(holders, 3)).toEqual(['early', 'late']);
    expect(promotions(holders, 1)).toEqual([]);
    expect(waitlistRank(holders, 'late')).toBe(2);
    expect(waitlistRank(holders, 'a')).toBeNull();
  });

  it('never seats more than the capacity and never leaves a seat free while someone waits', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom('enrolled', 'waitlisted', 'withdrawn' as const),
            minute: fc.nat(1000),
          }),
          { maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 30 }),
        (rows, capacity) => {
          const holders = rows.map((r, i) =>
            holder(`h${i}`, r.status, new Date(r.minute * 60_000).toISOString()),
          );
          const enrolled = holders.filter((h) => h.status === 'enrolled').length;
          const promoted = promotions(holders, capacity);
          const waiting = holders.filter((h) => h.status === 'waitlisted').length;
          expect(promoted.length).toBe(Math.min(waiting, Math.max(0, capacity - enrolled)));
          expect(new Set(promoted).size).toBe(promoted.length);
        },
      ),
    );
  });
});
