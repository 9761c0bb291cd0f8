import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppointmentStatus } from './appointment-status.js';
import { type BookedSlot, conflictMap, conflictsWith, overlap } from './conflicts.js';

const slot = (
  id: string,
  startsAt: string,
  durationMinutes: number,
  staffUserIds: string[] = ['ana'],
  status: AppointmentStatus = 'scheduled',
): BookedSlot => ({ id, startsAt, durationMinutes, staffUserIds, status });

describe('agenda conflicts', () => {
  it('flags overlapping intervals of the same staff member; touching ones do not overlap', () => {
    const nine = slot('a', '2026-03-10T09:00:00Z', 60);
    expect(overlap(nine, slot('b', '2026-03-10T09:59:00Z', 30))).toBe(true);
    expect(overlap(nine, slot('c', '2026-03-10T10:00:00Z', 30))).toBe(false);
    expect(overlap(nine, slot('d', '2026-03-10T08:30:00Z', 30))).toBe(false);
    expect(overlap(nine, slot('e', '2026-03-10T08:30:00Z', 31))).toBe(true);
    expect(overlap(nine, slot('f', '2026-03-10T09:15:00Z', 10))).toBe(true);
  });

  it('ignores other staff, cancelled appointments and the appointment itself; held and missed still count', () => {
    const nine = slot('a', '2026-03-10T09:00:00Z', 60, ['ana', 'bob']);
    expect(overlap(nine, slot('b', '2026-03-10T09:30:00Z', 60, ['carl']))).toBe(false);
    expect(overlap(nine, slot('c', '2026-03-10T09:30:00Z', 60, ['bob']))).toBe(true);
    expect(overlap(nine, slot('d', '2026-03-10T09:30:00Z', 60, ['ana'], 'cancelled'))).toBe(false);
    expect(overlap(nine, slot('e', '2026-03-10T09:30:00Z', 60, ['ana'], 'missed'))).toBe(true);
    expect(overlap(nine, slot('f', '2026-03-10T09:30:00Z', 60, ['ana'], 'held'))).toBe(true);
    expect(overlap(nine, nine)).toBe(false);
    expect(conflictsWith(nine, [nine, slot('g', '2026-03-10T09:45:00Z', 5)]).map((s) => s.id)).toEqual(['g']);
  });

  it('the conflict map is symmetric and equals the pairwise rule', () => {
    const arbitrarySlot = fc.record({
      minute: fc.integer({ min: 0, max: 600 }),
      duration: fc.integer({ min: 5, max: 120 }),
      staff: fc.subarray(['ana', 'bob', 'carl'], { minLength: 1 }),
      status: fc.constantFrom<AppointmentStatus>('scheduled', 'held', 'missed', 'cancelled'),
    });
    fc.assert(
      fc.property(fc.array(arbitrarySlot, { maxLength: 15 }), (raw) => {
        const slots = raw.map((r, i) =>
          slot(
            `s${i}`,
            new Date(Date.parse('2026-03-10T08:00:00Z') + r.minute * 60_000).toISOString(),
            r.duration,
            r.staff,
            r.status,
          ),
        );
        const map = conflictMap(slots);
        for (const a of slots)
          for (const b of slots) {
            const expected = overlap(a, b);
            expect(map.get(a.id)?.includes(b.id) ?? false).toBe(expected);
            expect(overlap(b, a)).toBe(expected);
          }
      }),
    );
  });
});
