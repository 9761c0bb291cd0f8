import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../core/calendar.js';
import type { InstallmentPosition } from './allocation.js';
import { daysPastDue } from './arrears.js';
import { loanStanding, nextInstallmentOf, unpaidDueDates } from './loan-standing.js';
import { loanStatuses } from './portfolio.js';

const installment = (number: number, dueOn: string, owed: number, paid: number): InstallmentPosition => ({
  installmentId: `i${number}`,
  number,
  dueOn,
  feeCents: 0,
  interestCents: 100,
  principalCents: owed - 100,
  feePaidCents: 0,
  interestPaidCents: Math.min(paid, 100),
  principalPaidCents: Math.max(0, paid - 100),
});
const unpaidOn = (i: InstallmentPosition) =>
  i.feeCents +
  i.interestCents +
  i.principalCents -
  i.feePaidCents -
  i.interestPaidCents -
  i.principalPaidCents;

const dayMs = 86_400_000;
const shift = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** A monthly schedule (each installment unpaid, partly paid or paid) and a day from before it to after it. */
const scene = fc
  .tuple(
    fc
      .date({
        min: new Date('2015-01-01T00:00:00Z'),
        max: new Date('2035-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.array(fc.tuple(fc.integer({ min: 200, max: 500_000 }), fc.constantFrom('unpaid', 'partly', 'paid')), {
      minLength: 1,
      maxLength: 18,
    }),
    fc.integer({ min: -40, max: 620 }),
  )
  .map(([firstDueOn, rows, offset]) => ({
    today: shift(firstDueOn, offset),
    installments: rows.map(([owed, state], index) =>
      installment(
        index + 1,
        addMonths(firstDueOn, index),
        owed,
        state === 'paid' ? owed : state === 'partly' ? Math.floor(owed / 2) : 0,
      ),
    ),
  }));

/** What the fund's list query computes in SQL: min(due_on) FILTER (WHERE paid < due AND due_on < / >= today). */
function asTheDatabaseDoes(installments: readonly InstallmentPosition[], today: string) {
  const unpaid = installments.filter((i) => unpaidOn(i) > 0).map((i) => i.dueOn);
  const min = (dates: string[]) => (dates.length === 0 ? null : dates.sort()[0]!);
  return {
    oldestOverdueOn: min(unpaid.filter((d) => d < today)),
    nextDueOn: min(unpaid.filter((d) => d >= today)),
  };
}

describe('loanStanding', () => {
  it('a loan not being repaid has no arrears and no next installment (not "current")', () => {
    fc.assert(
      fc.property(scene, fc.constantFrom('approved', 'repaid', 'written_off' as const), (s, status) => {
        const standing = loanStanding(status, unpaidDueDates(s.installments, s.today), s.today);
        expect(standing).toEqual({ daysPastDue: 0, agingBucket: null, nextDueOn: null });
      }),
    );
  });

  it('the next installment is the first unpaid one falling due today or later, never an overdue one', () => {
    fc.assert(
      fc.property(scene, (s) => {
        const standing = loanStanding('active', unpaidDueDates(s.installments, s.today), s.today);
        const unpaidAhead = s.installments.filter((i) => unpaidOn(i) > 0 && i.dueOn >= s.today);
        if (unpaidAhead.length === 0) {
          expect(standing.nextDueOn).toBeNull();
        } else {
          expect(standing.nextDueOn! >= s.today).toBe(true);
          expect(unpaidAhead.some((i) => i.dueOn === standing.nextDueOn)).toBe(true);
          expect(unpaidAhead.every((i) => i.dueOn >= standing.nextDueOn!)).toBe(true);
        }
      }),
    );
  });

  it('days past due count from the oldest overdue installment, as the arrears rule says; a bucket always', () => {
    fc.assert(
      fc.property(scene, (s) => {
        const standing = loanStanding('active', unpaidDueDates(s.installments, s.today), s.today);
        expect(standing.daysPastDue).toBe(daysPastDue(s.installments, s.today));
        expect(standing.agingBucket).not.toBeNull();
        expect(standing.daysPastDue > 0).toBe(
          s.installments.some((i) => unpaidOn(i) > 0 && i.dueOn < s.today),
        );
      }),
    );
  });

  it("the fund's list (dates from the database) and the loan page (from the schedule) agree", () => {
    fc.assert(
      fc.property(scene, fc.constantFrom(...loanStatuses), (s, status) => {
        const onPage = loanStanding(status, unpaidDueDates(s.installments, s.today), s.today);
        const inList = loanStanding(status, asTheDatabaseDoes(s.installments, s.today), s.today);
        expect(inList).toEqual(onPage);
        const next = nextInstallmentOf(s.installments, onPage);
        expect(next?.dueOn ?? null).toBe(inList.nextDueOn);
      }),
    );
  });

  it('a late loan: the page shows the coming installment, the overdue one is in arrears', () => {
    const installments = [
      installment(1, '2026-09-15', 10_000, 10_000),
      installment(2, '2026-10-15', 10_000, 0),
      installment(3, '2026-11-15', 10_000, 0),
      installment(4, '2026-12-15', 10_000, 0),
    ];
    const standing = loanStanding('active', unpaidDueDates(installments, '2026-12-03'), '2026-12-03');
    expect(standing).toEqual({ daysPastDue: 49, agingBucket: '31-60', nextDueOn: '2026-12-15' });
    expect(nextInstallmentOf(installments, standing)?.number).toBe(4);
  });
});
