import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianCents, medianEarningsAfterExit, quarterWageCents } from './median-earnings.js';
import { answered, exitFact, jobSpell, outcomeRecord } from './records.fixture.js';

const period = { from: '2026-01-01', to: '2026-03-31' };
const exit = exitFact({ on: '2026-03-31' });
const q3 = { year: 2026, quarter: 3, start: '2026-07-01', end: '2026-09-30' };
const paid = (personId: string, cents: number | null) =>
  outcomeRecord({ personId, exit, jobs: [jobSpell({ startsOn: '2026-01-01', quarterlyWageCents: cents })] });

describe('median earnings in Q2 after exit (WIOA 6.2)', () => {
  it('leaves out those not employed and those without a known wage, never counting them as 0', () => {
    const records = [
      paid('a', 600_000),
      paid('b', 900_000),
      paid('c', 300_000),
      paid('d', null),
      outcomeRecord({ personId: 'e', exit }),
      outcomeRecord({
        personId: 'f',
        exit,
        followUps: [answered('2026-08-01', { employed: true, wageBand: '1500_1999' })],
      }),
      outcomeRecord({
        personId: 'g',
        exit: { ...exit, outcome: 'deceased' },
        jobs: [jobSpell({ quarterlyWageCents: 1 })],
      }),
    ];
    expect(medianEarningsAfterExit(records, { period })).toEqual({
      medianCents: 600_000,
      count: 3,
      members: { counted: ['a', 'b', 'c'], wageUnknown: ['d', 'f'], notEmployed: ['e'], excluded: ['g'] },
    });
  });
  it('an even count takes the mean of the two middle wages, rounded to the cent', () => {
    expect(medianCents([100, 201])).toBe(151);
    expect(medianCents([100, 200, 300, 400])).toBe(250);
    expect(medianCents([])).toBeNull();
    expect(medianEarningsAfterExit([paid('a', 100_001), paid('b', 100_000)], { period }).medianCents).toBe(
      100_001,
    );
  });
  it('prorates a contract covering part of the quarter, and adds contracts', () => {
    const half = outcomeRecord({
      personId: 'a',
      exit,
      jobs: [jobSpell({ startsOn: '2026-08-16', quarterlyWageCents: 920_000 })],
    });
    expect(quarterWageCents(half, q3)).toBe(460_000);
    const two = outcomeRecord({
      personId: 'b',
      exit,
      jobs: [
        jobSpell({ startsOn: '2026-01-01', endsOn: '2026-08-15', quarterlyWageCents: 920_000 }),
        jobSpell({ startsOn: '2026-08-16', quarterlyWageCents: 920_000 }),
      ],
    });
    expect(quarterWageCents(two, q3)).toBe(920_000);
  });
  it('the median lies between the smallest and largest wage and splits them in halves', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 40 }),
        (wages) => {
          const m = medianCents(wages)!;
          const below = wages.filter((w) => w < m).length;
          const above = wages.filter((w) => w > m).length;
          return (
            Number.isInteger(m) &&
            m >= Math.min(...wages) &&
            m <= Math.max(...wages) &&
            below <= wages.length / 2 &&
            above <= wages.length / 2
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
