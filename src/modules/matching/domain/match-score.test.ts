import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CriterionOutcome,
  defaultMatchWeights,
  type MatchCriterion,
  type MatchWeights,
  matchCriteria,
} from './criteria.js';
import { matchScore, rankMatches, UNKNOWN_FIT } from './match-score.js';

const outcomeOf = (criterion: MatchCriterion, value: number | null): CriterionOutcome => ({
  criterion,
  fit: value,
  reason: 'r',
  params: {},
});
const weights = fc.record(
  Object.fromEntries(matchCriteria.map((c) => [c, fc.integer({ min: 0, max: 10 })])) as Record<
    MatchCriterion,
    fc.Arbitrary<number>
  >,
) as fc.Arbitrary<MatchWeights>;
const outcomes = fc.subarray([...matchCriteria]).chain((criteria) =>
  fc.tuple(
    ...criteria.map((criterion) =>
      fc.oneof(
        fc.double({ min: 0, max: 1, noNaN: true }).map((v) => outcomeOf(criterion, v)),
        fc.constant(outcomeOf(criterion, null)),
        fc.constant({ criterion, notApplicable: true as const }),
      ),
    ),
  ),
);

describe('matchScore', () => {
  it('is the weighted mean of the applicable criteria, in whole points', () => {
    const result = matchScore(
      [
        outcomeOf('occupation', 1),
        outcomeOf('language', 0.5),
        outcomeOf('distance', 0),
        { criterion: 'credential', notApplicable: true },
      ],
      defaultMatchWeights,
    );
    // (5·1 + 3·0.5 + 3·0) / (5 + 3 + 3) = 59.09…
    expect(result.score).toBe(59);
    expect(result.criteria.map((c) => c.criterion)).toEqual(['occupation', 'language', 'distance']);
  });

  it('counts an unknown criterion as half a fit and says how many there were', () => {
    const result = matchScore([outcomeOf('occupation', 1), outcomeOf('language', null)], {
      ...defaultMatchWeights,
      occupation: 1,
      language: 1,
    });
    expect(result.score).toBe(Math.round(100 * ((1 + UNKNOWN_FIT) / 2)));
    expect(result.unknown).toBe(1);
  });

  it('is 100 when everything fits and 0 when nothing does or nothing weighs', () => {
    const all = matchCriteria.map((c) => outcomeOf(c, 1));
    expect(matchScore(all, defaultMatchWeights).score).toBe(100);
    expect(
      matchScore(
        matchCriteria.map((c) => outcomeOf(c, 0)),
        defaultMatchWeights,
      ).score,
    ).toBe(0);
    const none = Object.fromEntries(matchCriteria.map((c) => [c, 0])) as MatchWeights;
    expect(matchScore(all, none).score).toBe(0);
  });

  it('refuses a criterion given twice and a weight that is not a whole number ≥ 0', () => {
    expect(() =>
      matchScore([outcomeOf('occupation', 1), outcomeOf('occupation', 0)], defaultMatchWeights),
    ).toThrow();
    expect(() => matchScore([], { ...defaultMatchWeights, hours: -1 })).toThrow(RangeError);
    expect(() => matchScore([], { ...defaultMatchWeights, hours: 0.5 })).toThrow(RangeError);
  });

  it('stays between 0 and 100 and rises when any criterion fits better', () => {
    fc.assert(
      fc.property(outcomes, weights, fc.nat(), (list, w, pick) => {
        const result = matchScore(list, w);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        if (list.length === 0) return;
        const index = pick % list.length;
        const improved = list.map((o, i) => (i === index && !('notApplicable' in o) ? { ...o, fit: 1 } : o));
        expect(matchScore(improved, w).score).toBeGreaterThanOrEqual(result.score);
      }),
    );
  });

  it('is not moved by a criterion that weighs nothing', () => {
    fc.assert(
      fc.property(outcomes, weights, fc.double({ min: 0, max: 1, noNaN: true }), (list, w, other) => {
        const target = list.find((o) => !('notApplicable' in o));
        if (!target) return;
        const zero = { ...w, [target.criterion]: 0 };
        const changed = list.map((o) => (o === target ? { ...o, fit: other } : o));
        expect(matchScore(changed, zero).score).toBe(matchScore(list, zero).score);
      }),
    );
  });
});

describe('rankMatches', () => {
  it('orders by score, then fewer unknowns, then key, and keeps the limit', () => {
    const item = (key: string, score: number, unknown: number) => ({
      key,
      match: { score, unknown, criteria: [] },
    });
    const ranked = rankMatches([item('c', 50, 0), item('a', 80, 2), item('b', 80, 0), item('d', 80, 0)], 3);
    expect(ranked.map((r) => r.key)).toEqual(['b', 'd', 'a']);
    expect(rankMatches([item('a', 1, 0)], 0)).toEqual([]);
  });
});
