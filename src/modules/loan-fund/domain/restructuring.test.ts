import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../core/calendar.js';
import type { InstallmentPosition } from './allocation.js';
import { restructuredTerms } from './restructuring.js';
import { buildSchedule } from './schedule.js';

const position = (
  number: number,
  dueOn: string,
  owed: { fee?: number; interest: number; principal: number },
  paid: { fee?: number; interest?: number; principal?: number } = {},
): InstallmentPosition => ({
  installmentId: `i${number}`,
  number,
  dueOn,
  feeCents: owed.fee ?? 0,
  interestCents: owed.interest,
  principalCents: owed.principal,
  feePaidCents: paid.fee ?? 0,
  interestPaidCents: paid.interest ?? 0,
  principalPaidCents: paid.principal ?? 0,
});

/** A 300.00 loan at 12 % over three months, the first installment settled, the second partly paid. */
const schedule = [
  position(
    1,
    '2027-02-15',
    { fee: 1500, interest: 300, principal: 9900 },
    { fee: 1500, interest: 300, principal: 9900 },
  ),
  position(2, '2027-03-15', { interest: 201, principal: 9999 }, { interest: 150 }),
  position(3, '2027-04-15', { interest: 101, principal: 10_101 }),
];

describe('restructuredTerms: examples', () => {
  it('carries all unpaid principal and only what fell due of interest and fees', () => {
    expect(restructuredTerms(schedule, '2027-03-20')).toEqual({
      principalCents: 9999 + 10_101,
      carriedFeeCents: 0,
      carriedInterestCents: 51,
    });
  });

  it('counts an installment due on the effective date as fallen due', () => {
    expect(restructuredTerms(schedule, '2027-04-15').carriedInterestCents).toBe(51 + 101);
    expect(restructuredTerms(schedule, '2027-04-14').carriedInterestCents).toBe(51);
  });

  it('drops interest and fees not yet due, even on an installment partly paid ahead', () => {
    const early = [
      position(1, '2027-02-15', { fee: 1500, interest: 300, principal: 9900 }, { fee: 700 }),
      position(2, '2027-03-15', { interest: 201, principal: 9999 }, { interest: 201, principal: 2000 }),
    ];
    expect(restructuredTerms(early, '2027-01-31')).toEqual({
      principalCents: 9900 + 7999,
      carriedFeeCents: 0,
      carriedInterestCents: 0,
    });
    expect(restructuredTerms(early, '2027-02-15')).toEqual({
      principalCents: 9900 + 7999,
      carriedFeeCents: 800,
      carriedInterestCents: 300,
    });
  });

  it('is nothing for an empty or settled schedule', () => {
    expect(restructuredTerms([], '2027-01-01')).toEqual({
      principalCents: 0,
      carriedFeeCents: 0,
      carriedInterestCents: 0,
    });
    expect(restructuredTerms(schedule.slice(0, 1), '2030-01-01')).toEqual({
      principalCents: 0,
      carriedFeeCents: 0,
      carriedInterestCents: 0,
    });
  });

  it('gives a new schedule that repays exactly the unpaid principal with the arrears on its first installment', () => {
    const terms = restructuredTerms(schedule, '2027-03-20');
    const next = buildSchedule({
      principalCents: terms.principalCents,
      annualRateBps: 1200,
      termMonths: 6,
      firstInstallmentFeeCents: terms.carriedFeeCents,
      carriedInterestCents: terms.carriedInterestCents,
      firstDueOn: '2027-04-20',
    });
    expect(next.reduce((s, i) => s + i.principalCents, 0)).toBe(20_100);
    // 201.00 × 1 % = 2.01 of new interest, plus the 0.51 already due.
    expect(next[0]!.interestCents).toBe(201 + 51);
  });
});

describe('restructuredTerms: properties', () => {
  const positions = fc
    .tuple(
      fc
        .date({
          min: new Date('2025-01-01T00:00:00Z'),
          max: new Date('2030-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.array(
        fc.record({
          fee: fc.nat({ max: 5000 }),
          interest: fc.nat({ max: 20_000 }),
          principal: fc.nat({ max: 200_000 }),
          paid: fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
          ),
        }),
        { minLength: 1, maxLength: 24 },
      ),
    )
    .map(([first, rows]) =>
      rows.map((r, index) =>
        position(index + 1, addMonths(first, index), r, {
          fee: Math.floor(r.fee * r.paid[0]),
          interest: Math.floor(r.interest * r.paid[1]),
          principal: Math.floor(r.principal * r.paid[2]),
        }),
      ),
    );
  const effectiveOn = fc
    .date({
      min: new Date('2024-06-01T00:00:00Z'),
      max: new Date('2033-06-30T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('carries every unpaid cent of principal whatever the date, and only fees and interest already due', () => {
    fc.assert(
      fc.property(positions, effectiveOn, (installments, on) => {
        const terms = restructuredTerms(installments, on);
        const unpaid = (owed: number, paid: number) => owed - paid;
        expect(terms.principalCents).toBe(
          installments.reduce((s, i) => s + unpaid(i.principalCents, i.principalPaidCents), 0),
        );
        const due = installments.filter((i) => i.dueOn <= on);
        expect(terms.carriedFeeCents).toBe(due.reduce((s, i) => s + unpaid(i.feeCents, i.feePaidCents), 0));
        expect(terms.carriedInterestCents).toBe(
          due.reduce((s, i) => s + unpaid(i.interestCents, i.interestPaidCents), 0),
        );
      }),
    );
  });

  it('never carries less as the effective date moves later', () => {
    fc.assert(
      fc.property(positions, effectiveOn, fc.nat({ max: 24 }), (installments, on, months) => {
        const before = restructuredTerms(installments, on);
        const after = restructuredTerms(installments, addMonths(on, months));
        expect(after.principalCents).toBe(before.principalCents);
        expect(after.carriedFeeCents).toBeGreaterThanOrEqual(before.carriedFeeCents);
        expect(after.carriedInterestCents).toBeGreaterThanOrEqual(before.carriedInterestCents);
      }),
    );
  });
});
