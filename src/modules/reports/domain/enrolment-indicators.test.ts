import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exitFact } from '../../outcomes/domain/records.fixture.js';
import { activeIn, attendedHours, enrolmentIndicators, newUnits } from './enrolment-indicators.js';
import type { IndicatorContext } from './indicator.js';
import { reportRecord } from './report-records.fixture.js';

const year2026: IndicatorContext = {
  period: { from: '2026-01-01', to: '2026-12-31' },
  asOf: '2026-12-31',
  unit: 'person',
  rule: null,
};
const indicator = (code: string) => {
  const found = enrolmentIndicators.find((i) => i.code === code);
  if (!found) throw new Error(code);
  return found;
};

describe('counts of units', () => {
  it('counts people accompanied on at least one day of the period, whatever their entry or exit', () => {
    const records = [
      reportRecord({ personId: 'a', enteredOn: '2025-06-01' }),
      reportRecord({ personId: 'b', enteredOn: '2025-06-01', exit: exitFact({ on: '2025-12-31' }) }),
      reportRecord({ personId: 'c', enteredOn: '2025-06-01', exit: exitFact({ on: '2026-01-01' }) }),
      reportRecord({ personId: 'd', enteredOn: '2027-01-01' }),
      reportRecord({ personId: 'e', enteredOn: '2025-01-01', endedOn: '2025-11-30' }),
    ];
    expect(indicator('people_accompanied').compute(records, year2026).members).toEqual(['a', 'c']);
  });

  it('counts a household once, and a new entry only at its first enrolment', () => {
    const records = [
      reportRecord({ personId: 'a', householdKey: 'h1', enteredOn: '2025-03-01' }),
      reportRecord({ personId: 'b', householdKey: 'h1', enteredOn: '2026-03-01' }),
      reportRecord({ personId: 'c', householdKey: 'h2', enteredOn: '2026-04-01' }),
      reportRecord({ personId: 'c', householdKey: 'h2', enrolmentId: 'again', enteredOn: '2026-09-01' }),
    ];
    const households = { ...year2026, unit: 'household' as const };
    expect(indicator('new_entries').compute(records, households).members).toEqual(['h2']);
    expect(indicator('new_entries').compute(records, year2026).members).toEqual(['b', 'c']);
    expect(indicator('people_accompanied').compute(records, households).value).toBe(2);
  });

  it('counts settlements in a region among exits of the period', () => {
    const records = [
      reportRecord({
        personId: 'a',
        exit: exitFact({ on: '2026-05-01', outcome: 'moved_to_region', region: '02' }),
      }),
      reportRecord({ personId: 'b', exit: exitFact({ on: '2026-05-01', outcome: 'permanent_contract' }) }),
      reportRecord({
        personId: 'c',
        exit: exitFact({ on: '2027-01-02', outcome: 'moved_to_region', region: '02' }),
      }),
    ];
    expect(indicator('settled_in_region').compute(records, year2026).members).toEqual(['a']);
    expect(indicator('exits').compute(records, year2026).members).toEqual(['a', 'b']);
  });

  it('counts a signed plan only for people accompanied in the period and signed by its end', () => {
    const records = [
      reportRecord({ personId: 'a', planSignedOn: '2026-02-01' }),
      reportRecord({ personId: 'b', planSignedOn: '2027-02-01' }),
      reportRecord({
        personId: 'c',
        planSignedOn: '2025-02-01',
        enteredOn: '2025-01-01',
        exit: exitFact({ on: '2025-06-01' }),
      }),
    ];
    expect(indicator('with_signed_plan').compute(records, year2026).members).toEqual(['a']);
  });
});

describe('training hours', () => {
  it('adds the hours attended in the period once per person, to the quarter hour', () => {
    const attendance = [
      { on: '2025-12-31', hours: 3 },
      { on: '2026-01-02', hours: 1.25 },
      { on: '2026-01-03', hours: 0.1 + 0.2 },
    ];
    const records = [
      reportRecord({ personId: 'a', attendance }),
      reportRecord({ personId: 'a', enrolmentId: 'second', attendance }),
      reportRecord({ personId: 'b', attendance: [] }),
    ];
    const figure = indicator('training_hours').compute(records, year2026);
    expect(figure.value).toBe(1.5);
    expect(figure.members).toEqual(['a']);
  });

  it('never counts hours outside the period, whatever the attendance', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ day: fc.integer({ min: 0, max: 800 }), hours: fc.integer({ min: 1, max: 32 }) }),
        ),
        (marks) => {
          const attendance = marks.map((m) => ({
            on: new Date(Date.UTC(2025, 6, 1 + m.day)).toISOString().slice(0, 10),
            hours: m.hours / 4,
          }));
          const inside = attendance
            .filter((a) => a.on >= '2026-01-01' && a.on <= '2026-12-31')
            .reduce((s, a) => s + a.hours, 0);
          const hours = attendedHours(
            [reportRecord({ personId: 'a', attendance })],
            year2026.period,
            'person',
          );
          expect(hours.get('a') ?? 0).toBe(inside);
        },
      ),
    );
  });
});

describe('properties of the unit counts', () => {
  const records = fc.array(
    fc.record({
      personId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      entry: fc.integer({ min: 0, max: 1000 }),
      exitAfter: fc.option(fc.integer({ min: 0, max: 400 })),
    }),
    { maxLength: 12 },
  );
  const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
  // A person belongs to one household at a time: a and b live together, c and d too, e alone.
  const householdOf: Record<string, string> = { a: 'h1', b: 'h1', c: 'h2', d: 'h2', e: 'h3' };
  const build = (rows: { personId: string; entry: number; exitAfter: number | null }[]) =>
    rows.map((row, i) =>
      reportRecord({
        personId: row.personId,
        householdKey: householdOf[row.personId] as string,
        enrolmentId: `e${i}`,
        enteredOn: day(row.entry),
        exit: row.exitAfter === null ? null : exitFact({ on: day(row.entry + row.exitAfter) }),
      }),
    );

  it('new entries are among the people accompanied, and households never outnumber persons', () => {
    fc.assert(
      fc.property(records, (rows) => {
        const built = build(rows);
        const newOnes = newUnits(built, year2026.period, 'person');
        const accompanied = new Set(built.filter((r) => activeIn(r, year2026.period)).map((r) => r.personId));
        for (const id of newOnes) expect(accompanied.has(id)).toBe(true);
        const persons = indicator('people_accompanied').compute(built, year2026).value ?? 0;
        const households =
          indicator('people_accompanied').compute(built, { ...year2026, unit: 'household' }).value ?? 0;
        expect(households).toBeLessThanOrEqual(persons);
      }),
    );
  });
});

describe('rates from the outcome measures', () => {
  it('gives no value to the rate after entry when the rule measures none', () => {
    const figure = indicator('positive_exit_rate_after_entry').compute(
      [reportRecord({ personId: 'a' })],
      year2026,
    );
    expect(figure).toMatchObject({ value: null, denominator: 0 });
  });

  it('takes the positive exit rate from the exits of the period', () => {
    const records = [
      reportRecord({ personId: 'a', exit: exitFact({ on: '2026-03-01', verdict: 'positive' }) }),
      reportRecord({
        personId: 'b',
        exit: exitFact({ on: '2026-03-01', verdict: 'not_positive', outcome: 'dropped_out' }),
      }),
    ];
    expect(indicator('positive_exit_rate').compute(records, year2026)).toMatchObject({
      value: 0.5,
      numerator: 1,
      denominator: 2,
      members: ['a'],
    });
  });

  it('accepts each breakdown it declares and has names in both languages', () => {
    for (const definition of enrolmentIndicators) {
      expect(definition.name.fr.length).toBeGreaterThan(0);
      expect(definition.name.en.length).toBeGreaterThan(0);
      expect(definition.countingRule.fr.length).toBeGreaterThan(0);
      expect(definition.countingRule.en.length).toBeGreaterThan(0);
    }
    expect(new Set(enrolmentIndicators.map((i) => i.code)).size).toBe(enrolmentIndicators.length);
  });
});
