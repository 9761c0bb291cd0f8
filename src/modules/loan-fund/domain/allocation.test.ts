import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../core/calendar.js';
import {
  type Allocation,
  allocatePayment,
  type InstallmentPosition,
  remainingOn,
  withAllocations,
} from './allocation.js';

const position = (
  number: number,
  dueOn: string,
  owed: { fee?: number; interest?: number; principal?: number },
  paid: { fee?: number; interest?: number; principal?: number } = {},
): InstallmentPosition => ({
  installmentId: `i${number}`,
  number,
  dueOn,
  feeCents: owed.fee ?? 0,
  interestCents: owed.interest ?? 0,
  principalCents: owed.principal ?? 0,
  feePaidCents: paid.fee ?? 0,
  interestPaidCents: paid.interest ?? 0,
  principalPaidCents: paid.principal ?? 0,
});

/** Two installments of a 100.00 loan: 5.00 fee on the first, 1.00 then 0.50 of interest, 50.00 of principal each. */
const twoInstallments = [
  position(1, '2027-02-15', { fee: 500, interest: 100, principal: 5000 }),
  position(2, '2027-03-15', { interest: 50, principal: 5000 }),
];

const componentOrder = ['fee', 'interest', 'principal'] as const;
type Component = (typeof componentOrder)[number];
const owedOn = (i: InstallmentPosition, c: Component) =>
  c === 'fee'
    ? i.feeCents - i.feePaidCents
    : c === 'interest'
      ? i.interestCents - i.interestPaidCents
      : i.principalCents - i.principalPaidCents;

/** A schedule in force with random amounts, some already partly paid, handed over in any order. */
const scheduleInForce = fc
  .record({
    firstDueOn: fc
      .date({
        min: new Date('2025-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
    rows: fc.array(
      fc.record({
        fee: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5000 })),
        interest: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20_000 })),
        principal: fc.integer({ min: 0, max: 200_000 }),
        paidShare: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(2), fc.nat(2)),
        sameDayAsPrevious: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .chain(({ firstDueOn, rows }) => {
    let month = 0;
    const installments = rows.map((r, index) => {
      if (index > 0 && !r.sameDayAsPrevious) month += 1;
      // Earlier components are paid before later ones, as past allocations would have left them.
      const [share, feeCut, interestCut] = r.paidShare;
      const paidFee = feeCut === 0 ? r.fee : Math.floor(r.fee * share);
      const paidInterest = paidFee < r.fee || interestCut === 0 ? 0 : Math.floor(r.interest * share);
      const paidPrincipal = paidInterest < r.interest ? 0 : Math.floor(r.principal * share * 0.5);
      return position(
        index + 1,
        addMonths(firstDueOn, month),
        r,
        index === 0 || share < 0.5 ? { fee: paidFee, interest: paidInterest, principal: paidPrincipal } : {},
      );
    });
    const unpaidPrincipal = installments.reduce((s, i) => s + owedOn(i, 'principal'), 0);
    return fc.record({
      installments: fc.shuffledSubarray(installments, {
        minLength: installments.length,
        maxLength: installments.length,
      }),
      outstandingPrincipalCents: fc.oneof(
        fc.constant(unpaidPrincipal),
        fc.integer({ min: 0, max: unpaidPrincipal }),
        fc.integer({ min: -1000, max: unpaidPrincipal + 10_000 }),
      ),
      amountCents: fc.integer({ min: 1, max: 2 * (totalOwed(installments) + 1) }),
    });
  });

function totalOwed(installments: readonly InstallmentPosition[]) {
  return installments.reduce((s, i) => s + remainingOn(i), 0);
}

/** Installment positions in the agreement's order: due date, then number. */
function agreementOrder(installments: readonly InstallmentPosition[]) {
  return [...installments].sort((a, b) =>
    a.dueOn === b.dueOn ? a.number - b.number : a.dueOn < b.dueOn ? -1 : 1,
  );
}

function allocatedTo(allocations: readonly Allocation[], installmentId: string, component: Component) {
  return allocations
    .filter((a) => a.installmentId === installmentId && a.component === component)
    .reduce((s, a) => s + a.amountCents, 0);
}

describe('allocatePayment: examples', () => {
  it('pays the fee first, then interest, then part of the principal on a partial payment', () => {
    expect(allocatePayment(twoInstallments, 10_000, 2000)).toEqual([
      { installmentId: 'i1', component: 'fee', amountCents: 500 },
      { installmentId: 'i1', component: 'interest', amountCents: 100 },
      { installmentId: 'i1', component: 'principal', amountCents: 1400 },
    ]);
  });

  it('stops inside the fee when the payment does not cover it', () => {
    expect(allocatePayment(twoInstallments, 10_000, 300)).toEqual([
      { installmentId: 'i1', component: 'fee', amountCents: 300 },
    ]);
  });

  it('settles an installment exactly with no credit', () => {
    expect(allocatePayment(twoInstallments, 10_000, 5600)).toEqual([
      { installmentId: 'i1', component: 'fee', amountCents: 500 },
      { installmentId: 'i1', component: 'interest', amountCents: 100 },
      { installmentId: 'i1', component: 'principal', amountCents: 5000 },
    ]);
  });

  it('pays ahead on the next installment once the current one is settled', () => {
    const firstSettled = [
      position(
        1,
        '2027-02-15',
        { fee: 500, interest: 100, principal: 5000 },
        { fee: 500, interest: 100, principal: 5000 },
      ),
      twoInstallments[1]!,
    ];
    expect(allocatePayment(firstSettled, 5000, 1000)).toEqual([
      { installmentId: 'i2', component: 'interest', amountCents: 50 },
      { installmentId: 'i2', component: 'principal', amountCents: 950 },
    ]);
  });

  it('holds what exceeds everything owed as the borrower credit', () => {
    expect(allocatePayment(twoInstallments, 10_000, 12_000)).toEqual([
      { installmentId: 'i1', component: 'fee', amountCents: 500 },
      { installmentId: 'i1', component: 'interest', amountCents: 100 },
      { installmentId: 'i1', component: 'principal', amountCents: 5000 },
      { installmentId: 'i2', component: 'interest', amountCents: 50 },
      { installmentId: 'i2', component: 'principal', amountCents: 5000 },
      { installmentId: null, component: 'credit', amountCents: 1350 },
    ]);
  });

  it('takes no principal beyond the receivable (tranche not yet paid out) but still collects later interest', () => {
    expect(allocatePayment(twoInstallments, 3000, 12_000)).toEqual([
      { installmentId: 'i1', component: 'fee', amountCents: 500 },
      { installmentId: 'i1', component: 'interest', amountCents: 100 },
      { installmentId: 'i1', component: 'principal', amountCents: 3000 },
      { installmentId: 'i2', component: 'interest', amountCents: 50 },
      { installmentId: null, component: 'credit', amountCents: 8350 },
    ]);
  });

  it('pays overdue installments first whatever order they are handed in', () => {
    const late = position(1, '2027-01-15', { interest: 100, principal: 1000 });
    const current = position(2, '2027-02-15', { interest: 100, principal: 1000 });
    expect(allocatePayment([current, late], 2200, 1500)).toEqual([
      { installmentId: 'i1', component: 'interest', amountCents: 100 },
      { installmentId: 'i1', component: 'principal', amountCents: 1000 },
      { installmentId: 'i2', component: 'interest', amountCents: 100 },
      { installmentId: 'i2', component: 'principal', amountCents: 300 },
    ]);
  });

  it('orders installments due the same day by number', () => {
    const a = position(3, '2027-02-15', { principal: 1000 });
    const b = position(2, '2027-02-15', { principal: 1000 });
    expect(allocatePayment([a, b], 2000, 1500)).toEqual([
      { installmentId: 'i2', component: 'principal', amountCents: 1000 },
      { installmentId: 'i3', component: 'principal', amountCents: 500 },
    ]);
  });

  it('turns the whole payment into credit when nothing is owed', () => {
    expect(allocatePayment([], 0, 700)).toEqual([
      { installmentId: null, component: 'credit', amountCents: 700 },
    ]);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'rejects a payment of %s',
    (amount) => {
      expect(() => allocatePayment(twoInstallments, 10_000, amount)).toThrow(RangeError);
    },
  );
});

describe('allocatePayment: properties', () => {
  it('allocates exactly the payment, in positive cents, each component at most once', () => {
    fc.assert(
      fc.property(scheduleInForce, ({ installments, outstandingPrincipalCents, amountCents }) => {
        const allocations = allocatePayment(installments, outstandingPrincipalCents, amountCents);
        expect(allocations.reduce((s, a) => s + a.amountCents, 0)).toBe(amountCents);
        for (const a of allocations) {
          expect(Number.isSafeInteger(a.amountCents)).toBe(true);
          expect(a.amountCents).toBeGreaterThan(0);
        }
        const keys = allocations.map((a) => `${a.installmentId}|${a.component}`);
        expect(new Set(keys).size).toBe(keys.length);
        const credits = allocations.filter((a) => a.component === 'credit');
        expect(credits.length).toBeLessThanOrEqual(1);
        if (credits.length === 1) {
          expect(allocations.at(-1)).toBe(credits[0]);
          expect(credits[0]!.installmentId).toBeNull();
        }
        for (const a of allocations) if (a.component !== 'credit') expect(a.installmentId).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('never pays a component more than is owed on it, nor principal beyond the receivable', () => {
    fc.assert(
      fc.property(scheduleInForce, ({ installments, outstandingPrincipalCents, amountCents }) => {
        const allocations = allocatePayment(installments, outstandingPrincipalCents, amountCents);
        for (const i of installments)
          for (const c of componentOrder)
            expect(allocatedTo(allocations, i.installmentId, c)).toBeLessThanOrEqual(
              Math.max(0, owedOn(i, c)),
            );
        const principal = allocations
          .filter((a) => a.component === 'principal')
          .reduce((s, a) => s + a.amountCents, 0);
        expect(principal).toBeLessThanOrEqual(Math.max(0, outstandingPrincipalCents));
      }),
      { numRuns: 500 },
    );
  });

  it("follows the agreement's order: no money goes further while an earlier component is unpaid", () => {
    fc.assert(
      fc.property(scheduleInForce, ({ installments, outstandingPrincipalCents, amountCents }) => {
        const allocations = allocatePayment(installments, outstandingPrincipalCents, amountCents);
        const principalTaken = allocations
          .filter((a) => a.component === 'principal')
          .reduce((s, a) => s + a.amountCents, 0);
        const principalRoomExhausted = principalTaken === Math.max(0, outstandingPrincipalCents);

        const slots = agreementOrder(installments).flatMap((i) =>
          componentOrder.map((c) => ({
            key: `${i.installmentId}|${c}`,
            component: c,
            owed: Math.max(0, owedOn(i, c)),
            paid: allocatedTo(allocations, i.installmentId, c),
          })),
        );
        // Allocations come out in the agreement's order.
        const rank = new Map(slots.map((s, index) => [s.key, index]));
        const ranks = allocations
          .filter((a) => a.component !== 'credit')
          .map((a) => rank.get(`${a.installmentId}|${a.component}`)!);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

        const credit = allocations.find((a) => a.component === 'credit')?.amountCents ?? 0;
        const lastPaid = slots.findLastIndex((s) => s.paid > 0);
        const mustBeSettledUpTo = credit > 0 ? slots.length : lastPaid;
        for (const slot of slots.slice(0, Math.max(0, mustBeSettledUpTo))) {
          const settled = slot.paid === slot.owed;
          const skippedPrincipal = slot.component === 'principal' && principalRoomExhausted;
          expect(settled || skippedPrincipal).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('leaves credit only once everything owed is covered, or the principal room is used up', () => {
    fc.assert(
      fc.property(scheduleInForce, ({ installments, outstandingPrincipalCents, amountCents }) => {
        const allocations = allocatePayment(installments, outstandingPrincipalCents, amountCents);
        const credit = allocations.find((a) => a.component === 'credit')?.amountCents ?? 0;
        const feesAndInterest = installments.reduce(
          (s, i) => s + Math.max(0, owedOn(i, 'fee')) + Math.max(0, owedOn(i, 'interest')),
          0,
        );
        const principalCollectable = Math.min(
          Math.max(0, outstandingPrincipalCents),
          installments.reduce((s, i) => s + Math.max(0, owedOn(i, 'principal')), 0),
        );
        expect(credit).toBe(Math.max(0, amountCents - feesAndInterest - principalCollectable));
      }),
      { numRuns: 500 },
    );
  });

  it('does not change the installments it is given', () => {
    fc.assert(
      fc.property(scheduleInForce, ({ installments, outstandingPrincipalCents, amountCents }) => {
        const before = structuredClone(installments);
        allocatePayment(installments, outstandingPrincipalCents, amountCents);
        expect(installments).toEqual(before);
      }),
    );
  });
});

describe('remainingOn', () => {
  it('adds what is left on fee, interest and principal', () => {
    expect(
      remainingOn(
        position(1, '2027-01-01', { fee: 500, interest: 100, principal: 5000 }, { fee: 500, interest: 40 }),
      ),
    ).toBe(5060);
  });
});

describe('withAllocations', () => {
  it('adds each allocation to the paid amount of its component and ignores the credit', () => {
    const after = withAllocations(twoInstallments, [
      { installmentId: 'i1', component: 'fee', amountCents: 500 },
      { installmentId: 'i1', component: 'interest', amountCents: 100 },
      { installmentId: 'i1', component: 'principal', amountCents: 5000 },
      { installmentId: 'i2', component: 'interest', amountCents: 20 },
      { installmentId: null, component: 'credit', amountCents: 999 },
    ]);
    expect(after.map((i) => [i.feePaidCents, i.interestPaidCents, i.principalPaidCents])).toEqual([
      [500, 100, 5000],
      [0, 20, 0],
    ]);
    expect(twoInstallments[0]!.feePaidCents).toBe(0);
  });

  it('lowers what remains by exactly the payment less its credit, never below zero on any component', () => {
    fc.assert(
      fc.property(scheduleInForce, ({ installments, outstandingPrincipalCents, amountCents }) => {
        const allocations = allocatePayment(installments, outstandingPrincipalCents, amountCents);
        const credit = allocations.find((a) => a.component === 'credit')?.amountCents ?? 0;
        const after = withAllocations(installments, allocations);
        expect(totalOwed(installments) - totalOwed(after)).toBe(amountCents - credit);
        after.forEach((i, index) => {
          expect(i.installmentId).toBe(installments[index]!.installmentId);
          for (const c of componentOrder) {
            expect(owedOn(i, c)).toBeGreaterThanOrEqual(0);
            expect(owedOn(i, c)).toBeLessThanOrEqual(owedOn(installments[index]!, c));
          }
        });
      }),
    );
  });
});
