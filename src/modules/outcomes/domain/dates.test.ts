import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  overlapDays,
  overlaps,
  quarterAfter,
  quarterOf,
  within,
} from './dates.js';

const day = fc.integer({ min: 0, max: 20 * 366 }).map((n) => addDays('2016-01-01', n));

describe('month and day arithmetic (reused from the calendar and the contract rules)', () => {
  it('clamps to the month end: 31 January + 1 month is the last day of February', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
  it('adds days across months, leap days and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });
});

describe('quarters', () => {
  it('places every month in its quarter', () => {
    expect(quarterOf('2026-01-01')).toEqual({
      year: 2026,
      quarter: 1,
      start: '2026-01-01',
      end: '2026-03-31',
    });
    expect(quarterOf('2026-03-31')).toEqual({
      year: 2026,
      quarter: 1,
      start: '2026-01-01',
      end: '2026-03-31',
    });
    expect(quarterOf('2026-04-01').quarter).toBe(2);
    expect(quarterOf('2026-06-30')).toMatchObject({ quarter: 2, end: '2026-06-30' });
    expect(quarterOf('2026-09-30')).toMatchObject({ quarter: 3, start: '2026-07-01', end: '2026-09-30' });
    expect(quarterOf('2026-12-31')).toMatchObject({ quarter: 4, start: '2026-10-01', end: '2026-12-31' });
  });
  it('counts the quarter after exit from the quarter that contains the exit, its last day included', () => {
    // Exit on the last day of Q1: Q2 after exit is Q3, not the quarter six months later.
    expect(quarterAfter('2026-03-31', 2)).toMatchObject({ start: '2026-07-01', end: '2026-09-30' });
    expect(quarterAfter('2026-04-01', 2)).toMatchObject({ start: '2026-10-01', end: '2026-12-31' });
    expect(quarterAfter('2026-01-01', 2)).toMatchObject({ start: '2026-07-01', end: '2026-09-30' });
    expect(quarterAfter('2026-12-31', 4)).toMatchObject({ year: 2027, quarter: 4, start: '2027-10-01' });
    expect(quarterAfter('2026-11-15', 2)).toMatchObject({ year: 2027, quarter: 2 });
    expect(quarterAfter('2026-05-20', 0)).toEqual(quarterOf('2026-05-20'));
  });
  it('a date lies in its quarter, which lasts 90 to 92 days', () => {
    fc.assert(
      fc.property(day, (d) => {
        const q = quarterOf(d);
        const length = daysBetween(q.start, q.end) + 1;
        return (
          within(d, q) &&
          length >= 90 &&
          length <= 92 &&
          quarterOf(addDays(q.end, 1)).start === addDays(q.end, 1)
        );
      }),
      { numRuns: 1000 },
    );
  });
  it('the n-th quarter after follows the (n−1)-th without a gap, for every day of the exit quarter alike', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 12 }), (d, n) => {
        const q = quarterAfter(d, n);
        return (
          addDays(quarterAfter(d, n - 1).end, 1) === q.start &&
          q.start === quarterAfter(quarterOf(d).start, n).start &&
          q.end === quarterAfter(quarterOf(d).end, n).end
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('spells and ranges', () => {
  const q = { start: '2026-07-01', end: '2026-09-30' };
  it('overlaps on a single shared day at either end, and an open spell runs on', () => {
    expect(overlaps('2026-01-01', '2026-07-01', q)).toBe(true);
    expect(overlaps('2026-01-01', '2026-06-30', q)).toBe(false);
    expect(overlaps('2026-09-30', null, q)).toBe(true);
    expect(overlaps('2026-10-01', null, q)).toBe(false);
    expect(overlaps('2025-01-01', null, q)).toBe(true);
    expect(overlapDays('2026-09-30', null, q)).toBe(1);
    expect(overlapDays('2026-01-01', null, q)).toBe(92);
    expect(overlapDays('2026-10-01', null, q)).toBe(0);
  });
  it('overlap days are the days of the range the spell covers', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 400 }),
        day,
        fc.integer({ min: 0, max: 200 }),
        (s, length, r, rLength) => {
          const range = { start: r, end: addDays(r, rLength) };
          const end = addDays(s, length);
          let counted = 0;
          for (let i = 0; i <= rLength; i++) if (s <= addDays(r, i) && addDays(r, i) <= end) counted += 1;
          return overlapDays(s, end, range) === counted && overlaps(s, end, range) === counted > 0;
        },
      ),
      { numRuns: 1000 },
    );
  });
});
