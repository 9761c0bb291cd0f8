import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodContaining, periodKinds, previousPeriod } from './report-period.js';

const days = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('report periods', () => {
  it('finds the window of each kind', () => {
    expect(periodContaining('calendar_year', '2026-05-09')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodContaining('program_year', '2026-05-09', 7)).toEqual({
      from: '2025-07-01',
      to: '2026-06-30',
    });
    expect(periodContaining('program_year', '2026-07-01', 7)).toEqual({
      from: '2026-07-01',
      to: '2027-06-30',
    });
    expect(periodContaining('half_year', '2026-07-01')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(periodContaining('quarter', '2024-02-29')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodContaining('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodContaining('orr_trimester', '2026-01-15')).toEqual({ from: '2025-10-01', to: '2026-01-31' });
    expect(periodContaining('orr_trimester', '2026-10-01')).toEqual({ from: '2026-10-01', to: '2027-01-31' });
    expect(periodContaining('orr_trimester', '2026-05-31')).toEqual({ from: '2026-02-01', to: '2026-05-31' });
    expect(periodContaining('orr_trimester', '2026-09-30')).toEqual({ from: '2026-06-01', to: '2026-09-30' });
  });

  it('gives the period before, ending the day before the current one starts', () => {
    expect(previousPeriod('orr_trimester', '2026-03-01')).toEqual({ from: '2025-10-01', to: '2026-01-31' });
    expect(previousPeriod('program_year', '2026-12-03', 7)).toEqual({ from: '2025-07-01', to: '2026-06-30' });
  });

  it('always contains the day, and the periods of a kind tile the calendar', () => {
    fc.assert(
      fc.property(
        days,
        fc.constantFrom(...periodKinds),
        fc.integer({ min: 1, max: 12 }),
        (on, kind, start) => {
          const period = periodContaining(kind, on, start);
          expect(period.from <= on && on <= period.to).toBe(true);
          const next = new Date(`${period.to}T00:00:00Z`);
          next.setUTCDate(next.getUTCDate() + 1);
          const following = periodContaining(kind, next.toISOString().slice(0, 10), start);
          expect(following.from).toBe(next.toISOString().slice(0, 10));
          expect(previousPeriod(kind, following.from, start)).toEqual(period);
        },
      ),
    );
  });
});
