import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  elapsedDays,
  expectedOn,
  monthsOf,
  periodDays,
  type TargetPeriod,
  targetTrajectory,
} from './target-trajectory.js';

const year2026: TargetPeriod = { periodStart: '2026-01-01', periodEnd: '2026-12-31', targetCount: 365 };
const monthly = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('days and months of a period', () => {
  it('counts both ends, across 29 February', () => {
    expect(periodDays('2026-01-01', '2026-12-31')).toBe(365);
    expect(periodDays('2028-01-01', '2028-12-31')).toBe(366);
    expect(periodDays('2028-02-28', '2028-03-01')).toBe(3);
    expect(periodDays('2026-05-04', '2026-05-04')).toBe(1);
  });

  it('clamps the elapsed days to the period', () => {
    expect(elapsedDays('2026-01-01', '2026-12-31', '2025-12-31')).toBe(0);
    expect(elapsedDays('2026-01-01', '2026-12-31', '2026-01-01')).toBe(1);
    expect(elapsedDays('2026-01-01', '2026-12-31', '2026-02-28')).toBe(59);
    expect(elapsedDays('2026-01-01', '2026-12-31', '2027-06-30')).toBe(365);
  });

  it('lists every month a period touches, across years', () => {
    expect(monthsOf('2025-11-30', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf('2026-05-04', '2026-05-04')).toEqual(['2026-05']);
  });

  it('prorates the target by days and reaches it on the last day', () => {
    expect(expectedOn(year2026, '2025-12-31')).toBe(0);
    expect(expectedOn(year2026, '2026-01-31')).toBe(31);
    expect(expectedOn(year2026, '2026-12-31')).toBe(365);
    expect(expectedOn({ ...year2026, targetCount: 1160 }, '2026-07-02')).toBeCloseTo((1160 * 183) / 365, 10);
  });
});

describe('the trajectory of a target', () => {
  it('puts a point at each month end, the actual cumulative up to the month under way', () => {
    const trajectory = targetTrajectory(year2026, monthly({ '2026-01': 20, '2026-03': 15 }), '2026-03-10');
    expect(trajectory.series.slice(0, 4)).toEqual([
      { month: '2026-01', pointOn: '2026-01-31', actual: 20, expected: 31 },
      { month: '2026-02', pointOn: '2026-02-28', actual: 20, expected: 59 },
      { month: '2026-03', pointOn: '2026-03-31', actual: 35, expected: 90 },
      { month: '2026-04', pointOn: '2026-04-30', actual: null, expected: 120 },
    ]);
    expect(trajectory.series).toHaveLength(12);
    expect(trajectory.series.at(-1)).toEqual({
      month: '2026-12',
      pointOn: '2026-12-31',
      actual: null,
      expected: 365,
    });
    expect(trajectory.actual).toBe(35);
    expect(trajectory.expectedToDate).toBe(69);
  });

  it('ends the first and last points within a period that starts and ends mid-month', () => {
    const target = { periodStart: '2028-02-15', periodEnd: '2028-04-10', targetCount: 56 };
    const { series } = targetTrajectory(target, new Map(), '2028-05-01');
    expect(series.map((p) => p.pointOn)).toEqual(['2028-02-29', '2028-03-31', '2028-04-10']);
    expect(series.map((p) => p.expected)).toEqual([15, 46, 56]);
  });

  it('projects at the current pace, rounded down', () => {
    // 100 in the first 73 days of 365: 500 by the end.
    const on = targetTrajectory({ ...year2026, targetCount: 500 }, monthly({ '2026-02': 100 }), '2026-03-14');
    expect(on.projection).toBe(500);
    expect(on.status).toBe('on_track');
    // One fewer: 495, under 500 — but 99 is more than 90 % of the 100 expected.
    const justUnder = targetTrajectory(
      { ...year2026, targetCount: 500 },
      monthly({ '2026-02': 99 }),
      '2026-03-14',
    );
    expect(justUnder.projection).toBe(495);
    expect(justUnder.status).toBe('on_track');
    const behind = targetTrajectory(
      { ...year2026, targetCount: 500 },
      monthly({ '2026-02': 89 }),
      '2026-03-14',
    );
    expect(behind.status).toBe('behind');
    // 101 in 74 days: 498.2… → 498.
    expect(
      targetTrajectory({ ...year2026, targetCount: 500 }, monthly({ '2026-03': 101 }), '2026-03-15')
        .projection,
    ).toBe(498);
  });

  it('takes the tolerance as a parameter', () => {
    const counts = monthly({ '2026-02': 95 });
    const target = { ...year2026, targetCount: 500 };
    expect(targetTrajectory(target, counts, '2026-03-14', 0.9).status).toBe('on_track');
    expect(targetTrajectory(target, counts, '2026-03-14', 1).status).toBe('behind');
  });

  it('has no pace before the period starts', () => {
    const trajectory = targetTrajectory(year2026, new Map(), '2025-12-31');
    expect(trajectory).toMatchObject({
      projection: null,
      status: 'not_started',
      expectedToDate: 0,
      actual: 0,
    });
    expect(trajectory.series.every((p) => p.actual === null)).toBe(true);
  });

  it('projects the actual once the period has ended, short of the target: behind', () => {
    const trajectory = targetTrajectory(year2026, monthly({ '2026-06': 340 }), '2027-01-15');
    expect(trajectory).toMatchObject({ projection: 340, status: 'behind', expectedToDate: 365 });
    expect(trajectory.series.at(-1)?.actual).toBe(340);
  });

  it('is achieved when the actual reaches the target, even early', () => {
    expect(targetTrajectory(year2026, monthly({ '2026-01': 365 }), '2026-01-20').status).toBe('achieved');
    expect(targetTrajectory(year2026, monthly({ '2026-01': 400 }), '2027-01-20').status).toBe('achieved');
    expect(targetTrajectory({ ...year2026, targetCount: 0 }, new Map(), '2025-06-01').status).toBe(
      'achieved',
    );
  });

  it('handles a period of one day', () => {
    const day = { periodStart: '2028-02-29', periodEnd: '2028-02-29', targetCount: 3 };
    expect(targetTrajectory(day, new Map(), '2028-02-28')).toMatchObject({
      status: 'not_started',
      projection: null,
    });
    const onTheDay = targetTrajectory(day, monthly({ '2028-02': 2 }), '2028-02-29');
    expect(onTheDay).toMatchObject({ status: 'behind', projection: 2, expectedToDate: 3 });
    expect(onTheDay.series).toEqual([{ month: '2028-02', pointOn: '2028-02-29', actual: 2, expected: 3 }]);
  });
});

const day = fc
  .integer({ min: 0, max: 4 * 366 })
  .map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10));
const scene = fc
  .record({
    a: day,
    b: day,
    today: day,
    targetCount: fc.integer({ min: 0, max: 2000 }),
    counts: fc.array(fc.integer({ min: 0, max: 80 }), { maxLength: 60 }),
    tolerance: fc.double({ min: 0.5, max: 1, noNaN: true }),
  })
  .map(({ a, b, today, targetCount, counts, tolerance }) => {
    const [periodStart, periodEnd] = a <= b ? [a, b] : [b, a];
    const months = monthsOf(periodStart, periodEnd);
    return {
      target: { periodStart, periodEnd, targetCount },
      newByMonth: new Map(months.map((month, i) => [month, counts[i] ?? 0])),
      today,
      tolerance,
    };
  });

describe('trajectory properties', () => {
  it('has a non-decreasing actual, known up to a point then unknown, ending at the actual once over', () => {
    fc.assert(
      fc.property(scene, ({ target, newByMonth, today, tolerance }) => {
        const { series, actual } = targetTrajectory(target, newByMonth, today, tolerance);
        const known = series.filter((p) => p.actual !== null);
        expect(series.slice(0, known.length)).toEqual(known);
        for (let i = 1; i < known.length; i++)
          expect(known[i]!.actual!).toBeGreaterThanOrEqual(known[i - 1]!.actual!);
        if (today >= target.periodEnd) expect(series.at(-1)?.actual).toBe(actual);
        if (today < target.periodStart) expect(known).toHaveLength(0);
      }),
    );
  });

  it('has a non-decreasing expected line ending at the target, with one point per month on its last day', () => {
    fc.assert(
      fc.property(scene, ({ target, newByMonth, today }) => {
        const { series } = targetTrajectory(target, newByMonth, today);
        expect(series.at(-1)?.expected).toBe(target.targetCount);
        expect(series.at(-1)?.pointOn).toBe(target.periodEnd);
        for (let i = 1; i < series.length; i++) {
          expect(series[i]!.expected).toBeGreaterThanOrEqual(series[i - 1]!.expected);
          expect(series[i]!.month > series[i - 1]!.month).toBe(true);
          expect(series[i]!.pointOn.slice(0, 7)).toBe(series[i]!.month);
        }
        // Every point but the last is a month end: the next day is in the next month.
        for (const point of series.slice(0, -1)) {
          const next = new Date(`${point.pointOn}T00:00:00Z`);
          next.setUTCDate(next.getUTCDate() + 1);
          expect(next.getUTCDate()).toBe(1);
        }
      }),
    );
  });

  it('has a status consistent with the actual, the projection and the dates', () => {
    fc.assert(
      fc.property(scene, ({ target, newByMonth, today, tolerance }) => {
        const t = targetTrajectory(target, newByMonth, today, tolerance);
        const running = target.periodStart <= today && today < target.periodEnd;
        expect(t.status === 'achieved').toBe(t.actual >= target.targetCount);
        if (t.status === 'not_started') expect(today < target.periodStart).toBe(true);
        if (today < target.periodStart) expect(t.projection).toBeNull();
        else expect(t.projection).toBeGreaterThanOrEqual(t.actual);
        if (today >= target.periodEnd) expect(t.projection).toBe(t.actual);
        if (t.status === 'on_track') {
          expect(running).toBe(true);
          expect((t.projection ?? 0) >= target.targetCount || t.actual >= t.expectedToDate * tolerance).toBe(
            true,
          );
        }
        if (t.status === 'behind') {
          expect(t.projection ?? 0).toBeLessThan(target.targetCount);
          if (running) expect(t.actual).toBeLessThan(t.expectedToDate * tolerance);
        }
        // The projection reaches the target exactly when the actual reaches the expected by today.
        if (running) expect((t.projection ?? 0) >= target.targetCount).toBe(t.actual >= t.expectedToDate);
      }),
    );
  });

  it('sums the months into the actual', () => {
    fc.assert(
      fc.property(scene, ({ target, newByMonth, today }) => {
        const sum = [...newByMonth.values()].reduce((a, b) => a + b, 0);
        expect(targetTrajectory(target, newByMonth, today).actual).toBe(sum);
      }),
    );
  });
});
