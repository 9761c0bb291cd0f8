import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AidRules, ruleInForce } from './aid-rules.js';
import { assessRequest, type RequestedLine, withinAssessment } from './assessment.js';
import { type AidPurpose, aidPurposes, costKinds, costKindsByPurpose } from './vocabulary.js';

const rules: AidRules = {
  eligibleKinds: [...costKinds],
  tripCeilingCents: 100_000,
  moveCeilingCents: 300_000,
  householdCeilingCents: 350_000,
  householdCeilingPeriod: 'program_year',
  maxTripsPerHousehold: 2,
  reimbursedPercent: 100,
  receiptRequiredAboveCents: 5_000,
};
const none = { grantedCents: 0, tripsGranted: 0 };
const line = (kind: RequestedLine['kind'], amountCents: number, hasReceipt = true): RequestedLine => ({
  kind,
  amountCents,
  hasReceipt,
});

describe('assessRequest', () => {
  it('allows an eligible trip in full under its ceiling', () => {
    const a = assessRequest(
      rules,
      'exploratory_stay',
      [line('stay_transport', 40_000), line('stay_lodging', 30_000)],
      none,
    );
    expect(a).toEqual({
      askedCents: 70_000,
      allowedCents: 70_000,
      lines: [
        { askedCents: 40_000, allowedCents: 40_000, reasons: [] },
        { askedCents: 30_000, allowedCents: 30_000, reasons: [] },
      ],
    });
  });

  it('refuses a kind the program does not cover, or one of the other purpose', () => {
    const narrow = { ...rules, eligibleKinds: ['stay_transport' as const] };
    expect(assessRequest(narrow, 'exploratory_stay', [line('stay_meals', 1000)], none).lines[0]).toEqual({
      askedCents: 1000,
      allowedCents: 0,
      reasons: ['ineligible_kind'],
    });
    expect(assessRequest(rules, 'move', [line('stay_transport', 1000)], none).lines[0]!.reasons).toEqual([
      'ineligible_kind',
    ]);
  });

  it('needs a receipt above the amount, not at or below it', () => {
    const a = assessRequest(
      rules,
      'exploratory_stay',
      [line('stay_meals', 5_000, false), line('stay_meals', 5_001, false)],
      none,
    );
    expect(a.lines.map((l) => [l.allowedCents, l.reasons])).toEqual([
      [5_000, []],
      [0, ['receipt_missing']],
    ]);
    const always = { ...rules, receiptRequiredAboveCents: 0 };
    expect(assessRequest(always, 'move', [line('move_storage', 1, false)], none).lines[0]!.reasons).toEqual([
      'receipt_missing',
    ]);
  });

  it('reimburses the share, rounded down to the cent', () => {
    const half = { ...rules, reimbursedPercent: 50 };
    expect(assessRequest(half, 'move', [line('move_company', 10_001)], none).lines[0]).toEqual({
      askedCents: 10_001,
      allowedCents: 5_000,
      reasons: ['share'],
    });
  });

  it('cuts at the request ceiling, the earlier lines served first', () => {
    const a = assessRequest(
      rules,
      'exploratory_stay',
      [line('stay_transport', 80_000), line('stay_lodging', 50_000)],
      none,
    );
    expect(a.lines.map((l) => [l.allowedCents, l.reasons])).toEqual([
      [80_000, []],
      [20_000, ['request_ceiling']],
    ]);
    expect(a.allowedCents).toBe(100_000);
  });

  it('cuts at what remains under the household ceiling', () => {
    const a = assessRequest(rules, 'move', [line('move_company', 200_000)], {
      grantedCents: 250_000,
      tripsGranted: 1,
    });
    expect(a.lines[0]).toEqual({
      askedCents: 200_000,
      allowedCents: 100_000,
      reasons: ['household_ceiling'],
    });
    const over = assessRequest(rules, 'move', [line('move_company', 1)], {
      grantedCents: 400_000,
      tripsGranted: 0,
    });
    expect(over.allowedCents).toBe(0);
  });

  it('refuses a trip once the household used its trips, but not a move', () => {
    const used = { grantedCents: 0, tripsGranted: 2 };
    expect(
      assessRequest(rules, 'exploratory_stay', [line('stay_meals', 100)], used).lines[0]!.reasons,
    ).toEqual(['trips_exhausted']);
    expect(assessRequest(rules, 'move', [line('move_storage', 100)], used).allowedCents).toBe(100);
  });

  it('applies no ceiling when a rule sets none', () => {
    const open = {
      ...rules,
      tripCeilingCents: null,
      householdCeilingCents: null,
      maxTripsPerHousehold: null,
    };
    const a = assessRequest(open, 'exploratory_stay', [line('stay_transport', 9_000_000)], {
      grantedCents: 1e9,
      tripsGranted: 99,
    });
    expect(a.allowedCents).toBe(9_000_000);
  });

  const anyRules: fc.Arbitrary<AidRules> = fc.record({
    eligibleKinds: fc.subarray([...costKinds]),
    tripCeilingCents: fc.option(fc.integer({ min: 0, max: 500_000 })),
    moveCeilingCents: fc.option(fc.integer({ min: 0, max: 1_000_000 })),
    householdCeilingCents: fc.option(fc.integer({ min: 0, max: 1_500_000 })),
    householdCeilingPeriod: fc.constantFrom('program_year' as const, 'all_time' as const),
    maxTripsPerHousehold: fc.option(fc.integer({ min: 0, max: 5 })),
    reimbursedPercent: fc.integer({ min: 0, max: 100 }),
    receiptRequiredAboveCents: fc.integer({ min: 0, max: 20_000 }),
  });
  const anyLines = fc.array(
    fc.record({
      kind: fc.constantFrom(...costKinds),
      amountCents: fc.integer({ min: 1, max: 1_000_000 }),
      hasReceipt: fc.boolean(),
    }),
    { minLength: 1, maxLength: 8 },
  );
  const anyHistory = fc.record({
    grantedCents: fc.integer({ min: 0, max: 2_000_000 }),
    tripsGranted: fc.integer({ min: 0, max: 6 }),
  });
  const purpose = fc.constantFrom<AidPurpose>(...aidPurposes);

  it('never allows above what was asked nor above a ceiling, and sums exactly to the cent', () => {
    fc.assert(
      fc.property(anyRules, purpose, anyLines, anyHistory, (r, p, lines, history) => {
        const a = assessRequest(r, p, lines, history);
        expect(a.lines).toHaveLength(lines.length);
        for (const [i, l] of a.lines.entries()) {
          expect(Number.isSafeInteger(l.allowedCents)).toBe(true);
          expect(l.allowedCents).toBeGreaterThanOrEqual(0);
          expect(l.allowedCents).toBeLessThanOrEqual(lines[i]!.amountCents);
          expect(l.allowedCents).toBeLessThanOrEqual(
            Math.floor((lines[i]!.amountCents * r.reimbursedPercent) / 100),
          );
          if (l.allowedCents < l.askedCents) expect(l.reasons.length).toBeGreaterThan(0);
        }
        expect(a.allowedCents).toBe(a.lines.reduce((s, l) => s + l.allowedCents, 0));
        expect(a.askedCents).toBe(lines.reduce((s, l) => s + l.amountCents, 0));
        const ceiling = p === 'exploratory_stay' ? r.tripCeilingCents : r.moveCeilingCents;
        if (ceiling !== null) expect(a.allowedCents).toBeLessThanOrEqual(ceiling);
        if (r.householdCeilingCents !== null)
          expect(a.allowedCents).toBeLessThanOrEqual(
            Math.max(0, r.householdCeilingCents - history.grantedCents),
          );
        if (
          p === 'exploratory_stay' &&
          r.maxTripsPerHousehold !== null &&
          history.tripsGranted >= r.maxTripsPerHousehold
        )
          expect(a.allowedCents).toBe(0);
        expect(
          withinAssessment(
            a,
            a.lines.map((l) => l.allowedCents),
          ),
        ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('allows the same total whatever the order of the lines: min(shares, ceilings)', () => {
    fc.assert(
      fc.property(anyRules, purpose, anyLines, anyHistory, fc.integer(), (r, p, lines, history, seed) => {
        const shuffled = lines
          .map((l, i) => ({ l, k: (i * 7919 + seed) % 101 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.l);
        expect(assessRequest(r, p, shuffled, history).allowedCents).toBe(
          assessRequest(r, p, lines, history).allowedCents,
        );
        const alone = lines.map(
          (l) =>
            assessRequest(
              { ...r, tripCeilingCents: null, moveCeilingCents: null, householdCeilingCents: null },
              p,
              [l],
              history,
            ).allowedCents,
        );
        const ceiling = p === 'exploratory_stay' ? r.tripCeilingCents : r.moveCeilingCents;
        const household =
          r.householdCeilingCents === null
            ? Infinity
            : Math.max(0, r.householdCeilingCents - history.grantedCents);
        expect(assessRequest(r, p, lines, history).allowedCents).toBe(
          Math.min(
            alone.reduce((s, c) => s + c, 0),
            ceiling ?? Infinity,
            household,
          ),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('lists every cost kind under exactly one purpose', () => {
    expect([...costKindsByPurpose.exploratory_stay, ...costKindsByPurpose.move].sort()).toEqual(
      [...costKinds].sort(),
    );
    expect(new Set(costKinds).size).toBe(costKinds.length);
  });
});

describe('withinAssessment', () => {
  const a = assessRequest(rules, 'move', [line('move_company', 1000), line('move_storage', 500)], none);
  it.each([
    [[1000, 500], true],
    [[0, 0], true],
    [[1001, 500], false],
    [[-1, 500], false],
    [[10.5, 500], false],
    [[1000], false],
  ] as const)('approving %j within the assessment: %s', (approved, ok) => {
    expect(withinAssessment(a, approved)).toBe(ok);
  });
});

describe('ruleInForce', () => {
  const versions = [
    { id: 'a', version: 1, effectiveFrom: '2025-01-01' },
    { id: 'b', version: 2, effectiveFrom: '2026-04-01' },
  ];
  it.each([
    ['2024-12-31', undefined],
    ['2025-01-01', 'a'],
    ['2026-03-31', 'a'],
    ['2026-04-01', 'b'],
    ['2030-01-01', 'b'],
  ])('on %s the version in force is %s', (day, id) => {
    expect(ruleInForce(versions, day)?.id).toBe(id);
  });
  it('is the latest effective version whatever the order they are listed in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 3000 }),
        (days, day) => {
          const iso = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
          const vs = days.map((d, i) => ({ version: i + 1, effectiveFrom: iso(d) }));
          const found = ruleInForce([...vs].reverse(), iso(day));
          const expected = days.filter((d) => d <= day).sort((a, b) => b - a)[0];
          expect(found?.effectiveFrom).toBe(expected === undefined ? undefined : iso(expected));
        },
      ),
    );
  });
});
