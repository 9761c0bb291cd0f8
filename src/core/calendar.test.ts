import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, ageOn, compareDates, completedMonthsBetween, formatDate, parseDate } from './calendar.js';

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar', () => {
  it('computes completed years of age at the birthday boundary', () => {
    expect(ageOn('2000-06-15', '2026-06-14')).toBe(25);
    expect(ageOn('2000-06-15', '2026-06-15')).toBe(26);
    expect(ageOn('2000-06-15', '2000-06-15')).toBe(0);
    expect(ageOn('2000-12-31', '2001-01-01')).toBe(0);
  });

  it('gives people born on 29 February their birthday on 1 March in non-leap years', () => {
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
    expect(ageOn('2000-02-29', '2028-02-29')).toBe(28);
  });

  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addMonths('2026-05-10', 12)).toBe('2027-05-10');
  });

  it('counts completed months', () => {
    expect(completedMonthsBetween('2026-01-15', '2026-07-14')).toBe(5);
    expect(completedMonthsBetween('2026-01-15', '2026-07-15')).toBe(6);
    expect(completedMonthsBetween('2025-08-31', '2026-02-28')).toBe(6);
  });

  it('round-trips dates and keeps properties over any dates', () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        expect(formatDate(parseDate(d))).toBe(d);
        expect(ageOn(d, d)).toBe(0);
      }),
    );
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 600 }), (d, months) => {
        const later = addMonths(d, months);
        expect(compareDates(later, d)).toBeGreaterThanOrEqual(0);
        expect(completedMonthsBetween(d, later)).toBe(months);
      }),
    );
    fc.assert(
      fc.property(isoDate, isoDate, (birth, on) => {
        fc.pre(compareDates(birth, on) <= 0);
        const age = ageOn(birth, on);
        expect(age).toBeGreaterThanOrEqual(0);
        expect(completedMonthsBetween(birth, on)).toBeGreaterThanOrEqual(age * 12);
        expect(completedMonthsBetween(birth, on)).toBeLessThan((age + 1) * 12);
      }),
    );
  });
});
