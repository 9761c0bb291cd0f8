import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameWeekdayNextMonth } from './next-meeting.js';

describe('the next meeting of a monthly series', () => {
  it('keeps the weekday and its week of the month, and the time', () => {
    // First Tuesday of March 2026 → first Tuesday of April.
    expect(sameWeekdayNextMonth('2026-03-03T09:30')).toBe('2026-04-07T09:30');
    // Third Thursday of December → third Thursday of January, across the year.
    expect(sameWeekdayNextMonth('2026-12-17T14:00')).toBe('2027-01-21T14:00');
    // A fifth Tuesday becomes the fourth.
    expect(sameWeekdayNextMonth('2026-03-31T09:30')).toBe('2026-04-28T09:30');
  });

  it('always lands on the same weekday in the next month, 28 to 35 days later', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-01-01'), noInvalidDate: true }),
        (d) => {
          const wall = `${d.toISOString().slice(0, 10)}T10:00`;
          const next = sameWeekdayNextMonth(wall);
          const a = new Date(`${wall.slice(0, 10)}T00:00:00Z`);
          const b = new Date(`${next.slice(0, 10)}T00:00:00Z`);
          expect(b.getUTCDay()).toBe(a.getUTCDay());
          expect(
            b.getUTCFullYear() * 12 + b.getUTCMonth() - (a.getUTCFullYear() * 12 + a.getUTCMonth()),
          ).toBe(1);
          const days = (b.getTime() - a.getTime()) / 86_400_000;
          expect(days).toBeGreaterThanOrEqual(21);
          expect(days).toBeLessThanOrEqual(35);
        },
      ),
    );
  });
});
