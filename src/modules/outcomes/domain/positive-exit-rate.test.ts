import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from './dates.js';
import { measureBy } from './measure.js';
import {
  positiveExitRate,
  positiveExitRateAfterEntry,
  positiveExitRateAtExit,
} from './positive-exit-rate.js';
import { exitFact, outcomeRecord, ruleVersion } from './records.fixture.js';
import { exitVerdicts } from './vocabulary.js';

const year2026 = { from: '2026-01-01', to: '2026-12-31' };

describe('positive-exit rate at exit', () => {
  const records = [
    outcomeRecord({ personId: 'a', exit: exitFact({ on: '2026-01-01', verdict: 'positive' }) }),
    outcomeRecord({
      personId: 'b',
      exit: exitFact({ on: '2026-12-31', verdict: 'not_positive', outcome: 'job_search' }),
    }),
    outcomeRecord({
      personId: 'c',
      exit: exitFact({ on: '2026-06-01', verdict: 'excluded', outcome: 'deceased' }),
    }),
    outcomeRecord({
      personId: 'd',
      exit: exitFact({ on: '2026-06-01', verdict: 'no_rule', ruleVersion: null }),
    }),
    outcomeRecord({ personId: 'e', exit: exitFact({ on: '2025-12-31', verdict: 'positive' }) }),
    outcomeRecord({ personId: 'f', exit: exitFact({ on: '2027-01-01', verdict: 'positive' }) }),
    outcomeRecord({ personId: 'g', exit: null }),
    outcomeRecord({
      personId: 'h',
      exit: exitFact({ on: '2026-03-01', verdict: 'not_positive', outcome: 'unreachable' }),
    }),
  ];
  it('counts exits dated in the period, both ends included; an exclusion leaves the denominator; no rule is reported apart', () => {
    const m = positiveExitRateAtExit(records, year2026);
    expect(m).toMatchObject({
      numerator: 1,
      denominator: 3,
      excluded: 1,
      unreachable: 1,
      noRule: ['d'],
      ruleVersionsUsed: [1],
    });
    expect(m.members).toEqual({
      numerator: ['a'],
      denominator: ['a', 'b', 'h'],
      excluded: ['c'],
      unreachable: ['h'],
    });
    expect(m.rate).toBeCloseTo(1 / 3);
  });
  it('counts a household once, positive when any member exited positively', () => {
    const family = [
      outcomeRecord({ personId: 'p1', householdKey: 'h', exit: exitFact({ verdict: 'not_positive' }) }),
      outcomeRecord({ personId: 'p2', householdKey: 'h', exit: exitFact({ verdict: 'positive' }) }),
      outcomeRecord({ personId: 'p3', householdKey: 'k', exit: exitFact({ verdict: 'not_positive' }) }),
    ];
    expect(positiveExitRateAtExit(family, year2026, 'household')).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
    expect(positiveExitRateAtExit(family, year2026, 'person')).toMatchObject({
      numerator: 1,
      denominator: 3,
    });
    expect(
      positiveExitRate(family, ruleVersion({ countingUnit: 'household' }).rule, year2026, {
        asOf: '2027-01-01',
      }).members.denominator,
    ).toEqual(['h', 'k']);
  });
});

describe('positive-exit rate under successive rule versions', () => {
  it('lists the versions that decided the exits counted', () => {
    const records = [
      outcomeRecord({ personId: 'a', exit: exitFact({ on: '2026-06-30', ruleVersion: 1 }) }),
      outcomeRecord({
        personId: 'b',
        exit: exitFact({ on: '2026-07-01', ruleVersion: 2, verdict: 'not_positive' }),
      }),
      outcomeRecord({
        personId: 'c',
        exit: exitFact({ on: '2026-07-02', ruleVersion: 2, verdict: 'excluded' }),
      }),
    ];
    expect(positiveExitRateAtExit(records, year2026).ruleVersionsUsed).toEqual([1, 2]);
    expect(
      positiveExitRateAtExit(records, { from: '2026-01-01', to: '2026-06-30' }).ruleVersionsUsed,
    ).toEqual([1]);
  });
  it('per member organization of a consortium', () => {
    const records = [
      outcomeRecord({ personId: 'a', organizationId: 'o1', exit: exitFact() }),
      outcomeRecord({ personId: 'b', organizationId: 'o2', exit: exitFact({ verdict: 'not_positive' }) }),
      outcomeRecord({ personId: 'c', organizationId: 'o1', exit: exitFact({ verdict: 'not_positive' }) }),
    ];
    const byMember = measureBy(
      records,
      (record) => record.organizationId,
      (group) => positiveExitRateAtExit(group, year2026),
    );
    expect([...byMember].map(([key, m]) => [key, m.numerator, m.denominator])).toEqual([
      ['o1', 1, 2],
      ['o2', 0, 1],
    ]);
  });
});

describe('positive-exit rate N months after entry (impulseR: 18)', () => {
  const cohort = { from: '2024-01-01', to: '2024-12-31' };
  const asOf = '2026-06-30';
  it('takes enrolments whose mark has come; those exited by the mark count by their verdict, the others as not positive', () => {
    const records = [
      // Entered 2024-12-30: mark 2026-06-30 = asOf, in.
      outcomeRecord({
        personId: 'a',
        enteredOn: '2024-12-30',
        exit: exitFact({ on: '2026-06-30', verdict: 'positive' }),
      }),
      // Entered 2024-12-31: mark 2026-06-30 too (clamped), in; still enrolled.
      outcomeRecord({ personId: 'b', enteredOn: '2024-12-31', exit: null }),
      // Exited positively the day after the mark: still enrolled at the mark.
      outcomeRecord({
        personId: 'c',
        enteredOn: '2024-01-10',
        exit: exitFact({ on: '2025-07-11', verdict: 'positive' }),
      }),
      outcomeRecord({
        personId: 'd',
        enteredOn: '2024-01-10',
        exit: exitFact({ on: '2025-07-10', verdict: 'positive' }),
      }),
      outcomeRecord({
        personId: 'e',
        enteredOn: '2024-03-01',
        exit: exitFact({ on: '2024-09-01', verdict: 'excluded' }),
      }),
      outcomeRecord({ personId: 'f', enteredOn: '2023-12-31', exit: exitFact({ verdict: 'positive' }) }),
      outcomeRecord({
        personId: 'g',
        enteredOn: '2024-05-01',
        exit: exitFact({ on: '2024-08-01', verdict: 'no_rule' }),
      }),
    ];
    const m = positiveExitRateAfterEntry(records, cohort, { months: 18, asOf });
    expect(m.members).toMatchObject({
      numerator: ['a', 'd'],
      denominator: ['a', 'b', 'c', 'd'],
      excluded: ['e'],
    });
    expect(m.noRule).toEqual(['g']);
    const leftOut = positiveExitRateAfterEntry(records, cohort, {
      months: 18,
      asOf,
      stillEnrolled: 'excluded',
    });
    expect(leftOut.members).toMatchObject({ denominator: ['a', 'd'], excluded: ['b', 'c', 'e'] });
    // A day earlier, a's and b's marks have not come.
    expect(
      positiveExitRateAfterEntry(records, cohort, { months: 18, asOf: '2026-06-29' }).members.denominator,
    ).toEqual(['c', 'd']);
  });
  it('follows the rule: at exit when it measures at exit, after N months when it says so', () => {
    const records = [
      outcomeRecord({ personId: 'a', enteredOn: '2024-01-01', exit: exitFact({ on: '2026-03-01' }) }),
    ];
    const atExit = ruleVersion({ measuredMonthsAfterEntry: null }).rule;
    const after18 = ruleVersion({ measuredMonthsAfterEntry: 18 }).rule;
    expect(positiveExitRate(records, atExit, year2026, { asOf: '2026-12-31' }).numerator).toBe(1);
    expect(positiveExitRate(records, after18, cohort, { asOf: '2026-12-31' })).toMatchObject({
      numerator: 0,
      denominator: 1,
    });
  });
  it('never counts an enrolment whose mark is after asOf, and a later asOf never shrinks the cohort', () => {
    const record = fc
      .record({
        id: fc.integer({ min: 0, max: 50 }),
        entered: fc.integer({ min: 0, max: 1000 }),
        exitAfter: fc.option(fc.integer({ min: 0, max: 900 })),
        verdict: fc.constantFrom(...exitVerdicts),
      })
      .map(({ id, entered, exitAfter, verdict }) => {
        const enteredOn = addDays('2023-01-01', entered);
        return outcomeRecord({
          personId: `p${id}`,
          enrolmentId: `e${id}-${entered}`,
          enteredOn,
          exit: exitAfter === null ? null : exitFact({ on: addDays(enteredOn, exitAfter), verdict }),
        });
      });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 25 }),
        fc.integer({ min: 0, max: 1400 }),
        fc.integer({ min: 0, max: 200 }),
        (records, a, later) => {
          const asOf = addDays('2023-01-01', a);
          const period = { from: '2023-01-01', to: '2025-12-31' };
          const m = positiveExitRateAfterEntry(records, period, { months: 6, asOf });
          const n = positiveExitRateAfterEntry(records, period, { months: 6, asOf: addDays(asOf, later) });
          const counted = new Set([...m.members.denominator, ...m.members.excluded, ...m.noRule]);
          const eligible = new Set(
            records.filter((r) => addMonths(r.enteredOn, 6) <= asOf).map((r) => r.personId),
          );
          const grown = [...m.members.denominator, ...m.members.excluded].every(
            (id) => n.members.denominator.includes(id) || n.members.excluded.includes(id),
          );
          return [...counted].every((id) => eligible.has(id)) && grown;
        },
      ),
      { numRuns: 1000 },
    );
  });
});
