import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoOfWallTime } from '../../../core/time-zone.js';
import { busyIn, daysBetween, gridHours, placeAppointments, slotLocal, slotsOf } from './agenda-grid.js';

const appointment = (id: string, startsAt: string, durationMinutes = 30, status = 'scheduled' as const) => ({
  id,
  startsAt,
  durationMinutes,
  status,
});

describe('the agenda grid', () => {
  it('lists the days of a week and the half-hour slots from 08:00 to 19:00', () => {
    expect(daysBetween('2026-11-30', '2026-12-06')).toHaveLength(7);
    const slots = slotsOf({ start: 480, end: 1140 });
    expect(slots[0]).toBe(480);
    expect(slots).toHaveLength(22);
    expect(slotLocal('2026-12-03', 570)).toBe('2026-12-03T09:30');
  });

  it('places appointments at their local time in the zone, overlaps side by side', () => {
    const placed = placeAppointments(
      [
        appointment('a', '2026-12-03T09:00:00Z', 60),
        appointment('b', '2026-12-03T09:30:00Z', 30),
        appointment('c', '2026-12-03T13:00:00Z', 30),
        appointment('d', '2026-12-03T15:00:00Z', 30, 'cancelled' as never),
      ],
      ['2026-12-03'],
      'Europe/Paris',
    );
    const blocks = placed.get('2026-12-03')!;
    expect(blocks.map((b) => [b.item.id, b.start, b.end, b.lane, b.lanes])).toEqual([
      ['a', 600, 660, 0, 2],
      ['b', 630, 660, 1, 2],
      ['c', 840, 870, 0, 1],
    ]);
    expect(busyIn(blocks, 630)).toBe(2);
    expect(busyIn(blocks, 660)).toBe(0);
  });

  it('reads Montréal evenings on their own day and widens the hours to show them', () => {
    const placed = placeAppointments(
      [appointment('late', '2026-12-04T01:00:00Z', 60)],
      ['2026-12-03', '2026-12-04'],
      'America/Toronto',
    );
    expect(placed.get('2026-12-03')!.map((b) => [b.start, b.end])).toEqual([[20 * 60, 21 * 60]]);
    expect(placed.get('2026-12-04')).toEqual([]);
    expect(gridHours(placed)).toEqual({ start: 480, end: 21 * 60 });
  });

  it('hands a slot to the booking form as the organization’s wall time, which books that slot', () => {
    const slot = slotLocal('2026-12-03', 9 * 60 + 30);
    expect(slot).toBe('2026-12-03T09:30');
    // The form reads the slot in the organization's zone (whatever the browser's): 14:30 UTC.
    const startsAt = isoOfWallTime(slot, 'America/Toronto') as string;
    expect(startsAt).toBe('2026-12-03T14:30:00.000Z');
    const placed = placeAppointments(
      [appointment('booked', startsAt, 30)],
      ['2026-12-03'],
      'America/Toronto',
    );
    expect(placed.get('2026-12-03')!.map((b) => [b.start, b.end])).toEqual([[570, 600]]);
  });

  it('never puts two overlapping appointments in the same lane', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 1, max: 8 }) }),
          {
            maxLength: 12,
          },
        ),
        (drawn) => {
          const items = drawn.map((d, i) =>
            appointment(
              `id${String(i).padStart(2, '0')}`,
              new Date(Date.UTC(2026, 11, 3, 6) + d.start * 15 * 60_000).toISOString(),
              d.length * 15,
            ),
          );
          const blocks = placeAppointments(items, ['2026-12-03'], 'UTC').get('2026-12-03')!;
          for (const a of blocks)
            for (const b of blocks) {
              if (a === b) continue;
              const overlap = a.start < b.end && b.start < a.end;
              if (overlap) {
                expect(a.lane).not.toBe(b.lane);
                expect(a.lanes).toBe(b.lanes);
              }
              expect(a.lane).toBeLessThan(a.lanes);
            }
        },
      ),
    );
  });
});
