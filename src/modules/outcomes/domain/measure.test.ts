import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countsOfEach, type Finding, measureOf, median, type RecordFinding } from './measure.js';
import { outcomeRecord } from './records.fixture.js';

const finding = (personId: string, householdKey: string, f: Finding, unreachable = false): RecordFinding => ({
  record: outcomeRecord({ personId, householdKey }),
  finding: f,
  unreachable,
});

describe('measureOf', () => {
  it('counts a household once: positive when any member is', () => {
    const findings = [
      finding('a', 'h1', 'not_positive'),
      finding('b', 'h1', 'positive'),
      finding('c', 'h2', 'not_positive', true),
      finding('d', 'h3', 'excluded'),
      finding('e', 'h3', 'not_positive'),
      finding('f', 'h4', 'excluded'),
    ];
    expect(measureOf(findings, 'household')).toEqual({
      numerator: 1,
      denominator: 3,
      rate: 1 / 3,
      excluded: 1,
      unreachable: 1,
      members: { numerator: ['h1'], denominator: ['h1', 'h2', 'h3'], excluded: ['h4'], unreachable: ['h2'] },
    });
    expect(measureOf(findings, 'person')).toMatchObject({
      numerator: 1,
      denominator: 4,
      excluded: 2,
      unreachable: 1,
    });
  });
  it('has no rate without a denominator', () => {
    expect(measureOf([], 'person').rate).toBeNull();
    expect(measureOf([finding('a', 'a', 'excluded')], 'person')).toMatchObject({ rate: null, excluded: 1 });
  });
  it('an unreachable positive is positive, an unreachable excluded is excluded', () => {
    expect(
      measureOf([finding('a', 'a', 'positive', true), finding('b', 'b', 'excluded', true)], 'person'),
    ).toMatchObject({
      numerator: 1,
      unreachable: 0,
    });
  });
  it('keeps numerator ⊆ denominator, denominator and excluded apart, and households never above persons', () => {
    const arbitrary = fc.array(
      fc.record({
        person: fc.integer({ min: 0, max: 15 }),
        f: fc.constantFrom<Finding>('positive', 'not_positive', 'excluded'),
        unreachable: fc.boolean(),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arbitrary, (rows) => {
        // A person belongs to one household.
        const findings = rows.map((r) => finding(`p${r.person}`, `h${r.person % 5}`, r.f, r.unreachable));
        for (const unit of ['person', 'household'] as const) {
          const m = measureOf(findings, unit);
          const denominator = new Set(m.members.denominator);
          if (!m.members.numerator.every((id) => denominator.has(id))) return false;
          if (m.members.excluded.some((id) => denominator.has(id))) return false;
          if (m.members.unreachable.some((id) => !denominator.has(id) || m.members.numerator.includes(id)))
            return false;
          if (m.rate !== null && (m.rate < 0 || m.rate > 1)) return false;
        }
        const households = measureOf(findings, 'household');
        const persons = measureOf(findings, 'person');
        return (
          households.numerator <= persons.numerator &&
          households.denominator + households.excluded <= persons.denominator + persons.excluded
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('countsOfEach', () => {
  it('keeps each measure’s counts and drops the ids behind them', () => {
    const measure = measureOf(
      [
        { record: outcomeRecord({ personId: 'a' }), finding: 'positive' },
        { record: outcomeRecord({ personId: 'b' }), finding: 'not_positive', unreachable: true },
        { record: outcomeRecord({ personId: 'c' }), finding: 'excluded' },
      ],
      'person',
    );
    expect(countsOfEach({ positive_exit_rate: measure })).toEqual({
      positive_exit_rate: { numerator: 1, denominator: 2, rate: 0.5, excluded: 1, unreachable: 1 },
    });
  });
});
