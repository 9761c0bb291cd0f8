import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, parseDate } from '../../../core/calendar.js';
import { buildSchedule, firstDueDate, installmentTotal, type ScheduleTerms } from './schedule.js';

const terms = (overrides: Partial<ScheduleTerms> = {}): ScheduleTerms => ({
  principalCents: 100_000,
  annualRateBps: 0,
  termMonths: 12,
  firstInstallmentFeeCents: 0,
  firstDueOn: '2027-01-15',
  ...overrides,
});

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2080-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const validTerms = fc.record({
  principalCents: fc.integer({ min: 1, max: 1_000_000_000 }),
  annualRateBps: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })),
  termMonths: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 600 })),
  firstInstallmentFeeCents: fc.integer({ min: 0, max: 1_000_000 }),
  carriedInterestCents: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
  firstDueOn: isoDate,
});

/** Exact half-up rounding of a non-negative rational, in integers, independent of the code under test. */
function roundHalfUpExact(numerator: bigint, denominator: bigint): bigint {
  const q = numerator / denominator;
  return (numerator - q * denominator) * 2n >= denominator ? q + 1n : q;
}

/**
 * The annuity payment P·r / (1 − (1 + r)^−n) with r = bps / 120000, as an exact fraction:
 * P·bps·(120000 + bps)^n / (120000·((120000 + bps)^n − 120000^n)).
 */
function exactLevelPayment(principal: number, bps: number, months: number): { num: bigint; den: bigint } {
  const growth = (120_000n + BigInt(bps)) ** BigInt(months);
  return {
    num: BigInt(principal) * BigInt(bps) * growth,
    den: 120_000n * (growth - 120_000n ** BigInt(months)),
  };
}

function ceilExact(num: bigint, den: bigint): bigint {
  return (num + den - 1n) / den;
}

/** Reference schedule in exact arithmetic: level payment rounded up once, monthly interest rounded once. */
function referenceSchedule(principal: number, bps: number, months: number) {
  let level: bigint;
  if (bps === 0) level = BigInt(principal) / BigInt(months);
  else {
    const { num, den } = exactLevelPayment(principal, bps, months);
    level = ceilExact(num, den);
  }
  let balance = BigInt(principal);
  const rows: { principal: number; interest: number }[] = [];
  for (let n = 1; n <= months; n++) {
    const interest = roundHalfUpExact(balance * BigInt(bps), 120_000n);
    let principalPart = level - interest;
    if (principalPart < 0n) principalPart = 0n;
    if (principalPart > balance || n === months) principalPart = balance;
    balance -= principalPart;
    rows.push({ principal: Number(principalPart), interest: Number(interest) });
  }
  return rows;
}

describe('buildSchedule: amortization by hand', () => {
  it('lends 1,000.00 at 12 %/year over 12 months: 88.85 a month, 10.00 then 9.21 of interest', () => {
    const schedule = buildSchedule(terms({ principalCents: 100_000, annualRateBps: 1200, termMonths: 12 }));
    // Textbook values: 1000 × 0.01 / (1 − 1.01^−12) = 88.8488 → 88.85; first interest 1000 × 1 % = 10.00;
    // second interest on 1000 − 78.85 = 921.15 → 9.2115 → 9.21.
    expect(schedule[0]).toMatchObject({ number: 1, interestCents: 1000, principalCents: 7885, feeCents: 0 });
    expect(schedule[1]).toMatchObject({ number: 2, interestCents: 921, principalCents: 7964 });
    for (const i of schedule.slice(0, -1)) expect(installmentTotal(i)).toBe(8885);

    const { num, den } = exactLevelPayment(100_000, 1200, 12);
    expect(roundHalfUpExact(num, den)).toBe(8885n);
    const expected = referenceSchedule(100_000, 1200, 12);
    expect(schedule.map((i) => ({ principal: i.principalCents, interest: i.interestCents }))).toEqual(
      expected,
    );
    expect(schedule.reduce((s, i) => s + i.principalCents, 0)).toBe(100_000);
    // The last installment absorbs the rounding: one cent less than the level payment here.
    expect(installmentTotal(schedule[11]!)).toBe(8884);
  });

  it('matches the exact-arithmetic reference for any valid terms', () => {
    fc.assert(
      fc.property(validTerms, (t) => {
        const schedule = buildSchedule({ ...t, carriedInterestCents: 0, firstInstallmentFeeCents: 0 });
        const expected = referenceSchedule(t.principalCents, t.annualRateBps, t.termMonths);
        expect(schedule.map((i) => ({ principal: i.principalCents, interest: i.interestCents }))).toEqual(
          expected,
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('buildSchedule: invariants', () => {
  it('principals add up to the amount lent; every amount is a non-negative safe integer', () => {
    fc.assert(
      fc.property(validTerms, (t) => {
        const schedule = buildSchedule(t);
        expect(schedule).toHaveLength(t.termMonths);
        expect(schedule.reduce((s, i) => s + i.principalCents, 0)).toBe(t.principalCents);
        schedule.forEach((i, index) => {
          expect(i.number).toBe(index + 1);
          for (const amount of [i.principalCents, i.interestCents, i.feeCents]) {
            expect(Number.isSafeInteger(amount)).toBe(true);
            expect(amount).toBeGreaterThanOrEqual(0);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('charges each month round-half-up(balance × rate ÷ 120000) on the balance still owed', () => {
    fc.assert(
      fc.property(validTerms, (t) => {
        const schedule = buildSchedule(t);
        let balance = BigInt(t.principalCents);
        for (const i of schedule) {
          const carried = i.number === 1 ? (t.carriedInterestCents ?? 0) : 0;
          expect(BigInt(i.interestCents - carried)).toBe(
            roundHalfUpExact(balance * BigInt(t.annualRateBps), 120_000n),
          );
          balance -= BigInt(i.principalCents);
        }
        expect(balance).toBe(0n);
      }),
      { numRuns: 300 },
    );
  });

  it('puts the fee and the carried interest on the first installment only', () => {
    fc.assert(
      fc.property(validTerms, (t) => {
        const withExtras = buildSchedule(t);
        const plain = buildSchedule({ ...t, firstInstallmentFeeCents: 0, carriedInterestCents: undefined });
        expect(withExtras[0]!.feeCents).toBe(t.firstInstallmentFeeCents);
        expect(withExtras[0]!.interestCents).toBe(plain[0]!.interestCents + (t.carriedInterestCents ?? 0));
        expect(withExtras[0]!.principalCents).toBe(plain[0]!.principalCents);
        expect(withExtras.slice(1)).toEqual(plain.slice(1));
        for (const i of withExtras.slice(1)) expect(i.feeCents).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps installments level up to compounded rounding drift for ordinary microloan terms', () => {
    fc.assert(
      fc.property(
        // From 1,000.00: below that, a payment rounded up can repay the loan before the last month.
        fc.integer({ min: 100_000, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 3600 }),
        fc.integer({ min: 2, max: 120 }),
        (principalCents, annualRateBps, termMonths) => {
          const schedule = buildSchedule(terms({ principalCents, annualRateBps, termMonths }));
          const { num, den } = exactLevelPayment(principalCents, annualRateBps, termMonths);
          const level = Number(ceilExact(num, den));
          for (const i of schedule.slice(0, -1)) expect(installmentTotal(i)).toBe(level);
          const drift = Math.ceil(termMonths * (1 + annualRateBps / 120_000) ** termMonths);
          // Each month may overpay up to a cent and round interest by half a cent, compounded.
          expect(Math.abs(level - installmentTotal(schedule.at(-1)!))).toBeLessThanOrEqual(2 * drift);
        },
      ),
      { numRuns: 300 },
    );
  });

  // Found by this suite: rounding the payment to the nearest cent left 1,000.00 at 30 %/year over 360 months
  // paying 25.00 (the exact payment is 25.0035), exactly the first month's interest, then a 1,025.00 balloon.
  it('amortizes at a high rate over a long term instead of leaving a balloon', () => {
    const schedule = buildSchedule(terms({ principalCents: 100_000, annualRateBps: 3000, termMonths: 360 }));
    expect(schedule[0]!.principalCents).toBeGreaterThan(0);
    expect(installmentTotal(schedule.at(-1)!)).toBeLessThanOrEqual(2 * installmentTotal(schedule[0]!));
  });
});

describe('buildSchedule: interest-free loans', () => {
  it('splits 2,000.00 over 3 months as 666.66, 666.66, 666.68', () => {
    const schedule = buildSchedule(terms({ principalCents: 200_000, termMonths: 3 }));
    expect(schedule.map((i) => i.principalCents)).toEqual([66_666, 66_666, 66_668]);
    expect(schedule.every((i) => i.interestCents === 0)).toBe(true);
  });

  it('gives every installment the even share and the last one the remainder', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 1, max: 600 }), (p, n) => {
        const schedule = buildSchedule(terms({ principalCents: p, termMonths: n }));
        const share = Math.floor(p / n);
        const remainder = p - share * n;
        for (const i of schedule.slice(0, -1)) expect(i.principalCents).toBe(share);
        expect(schedule.at(-1)!.principalCents).toBe(share + remainder);
        const amounts = schedule.map((i) => i.principalCents);
        expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(remainder);
        expect(remainder).toBeLessThan(n);
      }),
    );
  });
});

describe('buildSchedule: due dates', () => {
  it('keeps the anniversary day, clamped to shorter months', () => {
    const due = buildSchedule(terms({ firstDueOn: '2027-01-31', termMonths: 5 })).map((i) => i.dueOn);
    expect(due).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31']);
    const leap = buildSchedule(terms({ firstDueOn: '2027-12-31', termMonths: 3 })).map((i) => i.dueOn);
    expect(leap).toEqual(['2027-12-31', '2028-01-31', '2028-02-29']);
  });

  it('makes due dates strictly increasing, one per calendar month, on the clamped anniversary day', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 600 }), (firstDueOn, termMonths) => {
        const schedule = buildSchedule(terms({ firstDueOn, termMonths }));
        const first = parseDate(firstDueOn);
        schedule.forEach((i, index) => {
          if (index > 0) expect(i.dueOn > schedule[index - 1]!.dueOn).toBe(true);
          const d = parseDate(i.dueOn);
          const monthIndex = first.year * 12 + first.month - 1 + index;
          expect(d.year * 12 + d.month - 1).toBe(monthIndex);
          expect(d.day).toBe(Math.min(first.day, daysInMonth(d.year, d.month)));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('puts the default first due date one month after the start plus the grace period', () => {
    expect(firstDueDate('2027-01-15', 0)).toBe('2027-02-15');
    expect(firstDueDate('2027-01-15', 2)).toBe('2027-04-15');
    expect(firstDueDate('2027-01-31', 0)).toBe('2027-02-28');
    expect(firstDueDate('2027-11-30', 2)).toBe('2028-02-29');
    expect(firstDueDate('2027-12-10', 0)).toBe('2028-01-10');
  });
});

describe('buildSchedule: invalid terms', () => {
  it.each([
    ['zero principal', { principalCents: 0 }],
    ['negative principal', { principalCents: -100 }],
    ['fractional principal', { principalCents: 100.5 }],
    ['unsafe principal', { principalCents: 2 ** 53 }],
    ['NaN principal', { principalCents: Number.NaN }],
    ['zero term', { termMonths: 0 }],
    ['term over 600', { termMonths: 601 }],
    ['fractional term', { termMonths: 1.5 }],
    ['negative rate', { annualRateBps: -1 }],
    ['rate over 10000 bps', { annualRateBps: 10_001 }],
    ['fractional rate', { annualRateBps: 4.5 }],
  ] as const)('rejects %s with a RangeError', (_, overrides) => {
    expect(() => buildSchedule(terms(overrides))).toThrow(RangeError);
  });

  it('accepts the bounds of the ranges', () => {
    expect(buildSchedule(terms({ principalCents: 1, termMonths: 1 }))).toHaveLength(1);
    expect(buildSchedule(terms({ termMonths: 600, annualRateBps: 10_000 }))).toHaveLength(600);
  });

  it('rejects a negative or fractional fee and carried interest with a RangeError', () => {
    expect(() => buildSchedule(terms({ firstInstallmentFeeCents: -500 }))).toThrow(RangeError);
    expect(() => buildSchedule(terms({ firstInstallmentFeeCents: 12.5 }))).toThrow(RangeError);
    expect(() => buildSchedule(terms({ carriedInterestCents: -1 }))).toThrow(RangeError);
  });
});
