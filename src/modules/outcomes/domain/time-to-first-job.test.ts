import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { jobSpell, outcomeRecord } from './records.fixture.js';
import { bucketOf, timeToFirstJob, timeToJobBuckets } from './time-to-first-job.js';

const period = { from: '2026-01-01', to: '2026-12-31' };
const asOf = '2028-12-31';
const enteredOn = '2026-01-01';
const hiredAfter = (personId: string, days: number, over = {}) =>
  outcomeRecord({ personId, enteredOn, jobs: [jobSpell({ startsOn: addDays(enteredOn, days) })], ...over });

describe('time to first job', () => {
  it('buckets at their bounds: 90, 91, 180, 181, 365, 366 days, and none yet', () => {
    expect([0, 90, 91, 180, 181, 365, 366].map(bucketOf)).toEqual([
      'days_0_90',
      'days_0_90',
      'days_91_180',
      'days_91_180',
      'days_181_365',
      'days_181_365',
      'over_365',
    ]);
    expect(bucketOf(null)).toBe('none_yet');
  });
  it('ignores a contract held before entry and one not begun by asOf; takes the earliest of the others', () => {
    const records = [
      outcomeRecord({
        personId: 'a',
        enteredOn,
        jobs: [
          jobSpell({ startsOn: '2025-12-31' }),
          jobSpell({ startsOn: '2026-05-01' }),
          jobSpell({ startsOn: '2026-03-01' }),
        ],
      }),
      hiredAfter('b', 0),
      outcomeRecord({ personId: 'c', enteredOn, jobs: [jobSpell({ startsOn: '2029-01-01' })] }),
      hiredAfter('d', 10, { enteredOn: '2025-12-31' }),
    ];
    const result = timeToFirstJob(records, { period, asOf });
    expect(result).toMatchObject({ count: 3, withJob: 2, medianDays: 29.5, days: { a: 59, b: 0 } });
    expect(result.buckets).toEqual({
      days_0_90: ['a', 'b'],
      days_91_180: [],
      days_181_365: [],
      over_365: [],
      none_yet: ['c'],
    });
  });
  it('counts a household once, by its quickest member', () => {
    const records = [
      hiredAfter('a', 200, { householdKey: 'h' }),
      hiredAfter('b', 100, { householdKey: 'h' }),
      outcomeRecord({ personId: 'c', householdKey: 'h', enteredOn }),
    ];
    expect(timeToFirstJob(records, { period, asOf, unit: 'household' })).toMatchObject({
      count: 1,
      withJob: 1,
      days: { h: 100 },
    });
  });
  it('every unit is in exactly one bucket, and the median lies within the days', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 800 })), { maxLength: 20 }), (delays) => {
        const records = delays.map((d, i) =>
          d === null ? outcomeRecord({ personId: `p${i}`, enteredOn }) : hiredAfter(`p${i}`, d),
        );
        const result = timeToFirstJob(records, { period, asOf });
        const placed = timeToJobBuckets.flatMap((bucket) => result.buckets[bucket]);
        const days = delays.filter((d): d is number => d !== null);
        return (
          placed.length === delays.length &&
          new Set(placed).size === delays.length &&
          result.withJob === days.length &&
          (result.medianDays === null
            ? days.length === 0
            : result.medianDays >= Math.min(...days) && result.medianDays <= Math.max(...days))
        );
      }),
      { numRuns: 1000 },
    );
  });
});
