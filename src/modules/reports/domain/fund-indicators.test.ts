import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOf, FundBooks, fundBooks } from '../../../../test/support/fund-report-books.js';
import { type LedgerAccount, naturalBalance, trialBalance } from '../../loan-fund/domain/ledger.js';
import type { FundFacts } from './fund-facts.js';
import {
  capitalAccounts,
  fundAmountDisbursed,
  fundBorrowers,
  fundCapitalAtEnd,
  fundCapitalAtStart,
  fundGrowth,
  fundIndicators,
  fundLoansDisbursed,
  fundLoansRepaidRate,
  fundOutstandingPrincipalAtEnd,
  fundRepaymentRate,
  fundWrittenOffAmount,
} from './fund-indicators.js';
import { indicatorUnits } from './indicator.js';

const year = (y: number, asOf = '2030-01-01') => ({ period: { from: `${y}-01-01`, to: `${y}-12-31` }, asOf });

/** The books' balance of an account at the end of a day, as the trial balance reads it. */
function balanceOn(facts: FundFacts, account: LedgerAccount, day: string): number {
  const lines = facts.journal
    .filter((l) => l.on <= day)
    .map((l) => ({ ...l, account: l.account as LedgerAccount }));
  const b = trialBalance(lines).find((x) => x.account === account);
  return b ? naturalBalance(b) : 0;
}

/**
 * A small fund: $70,000 of grants in 2024, three loans that year (two to the same person), one repaid,
 * one written off after a bounced payment, one still being repaid; a loan and a gift in 2025.
 */
function smallFund() {
  const books = new FundBooks();
  const grant = books.contribute('2024-01-15', 7_000_000);
  books.lend({ loanId: 'a', personId: 'amal', on: '2024-02-10', cents: 200_000, installments: 2 });
  books.lend({ loanId: 'b', personId: 'bilal', on: '2024-03-01', cents: 100_000, installments: 4 });
  books.lend({ loanId: 'c', personId: 'amal', on: '2024-12-31', cents: 50_000, installments: 2 });
  books.pay('a', '2024-03-11', 100_000, 500);
  books.pay('a', '2024-04-10', 100_000, 300);
  books.update('a', { paidOffOn: '2024-04-10' });
  books.pay('b', '2024-03-31', 25_000);
  const bounced = books.pay('b', '2024-04-30', 25_000, 100);
  const reversal = books.reverse(bounced, '2024-05-03');
  const writeOff = books.writeOff('b', '2024-11-30', 75_000);
  books.pay('c', '2025-01-30', 25_000, 80);
  books.lend({ loanId: 'd', personId: 'dana', on: '2025-06-01', cents: 120_000, installments: 6 });
  const gift = books.contribute('2025-10-01', 1_500_000);
  return { books, facts: books.facts(), ids: { grant, bounced, reversal, writeOff, gift } };
}

describe('fund report indicators on a small fund', () => {
  const { facts, ids } = smallFund();

  it('counts loans and borrowers by their first disbursement, once each', () => {
    expect(fundLoansDisbursed.compute(facts, year(2024))).toMatchObject({
      value: 3,
      members: ['a', 'b', 'c'],
    });
    expect(fundBorrowers.compute(facts, year(2024))).toMatchObject({ value: 2, members: ['amal', 'bilal'] });
    expect(fundLoansDisbursed.compute(facts, year(2025))).toMatchObject({ value: 1, members: ['d'] });
    expect(fundBorrowers.compute(facts, year(2025))).toMatchObject({ value: 1, members: ['dana'] });
  });

  it('sums the disbursements of the period from the journal, with their entries', () => {
    const figure = fundAmountDisbursed.compute(facts, year(2024));
    expect(figure.value).toBe(350_000);
    expect(figure.members).toHaveLength(3);
    expect(fundAmountDisbursed.compute(facts, year(2025)).value).toBe(120_000);
  });

  it('reads the period with both bounds included and never past the as-of date', () => {
    const lastDay = { period: { from: '2024-12-31', to: '2024-12-31' }, asOf: '2030-01-01' };
    expect(fundLoansDisbursed.compute(facts, lastDay).value).toBe(1);
    expect(fundAmountDisbursed.compute(facts, lastDay).value).toBe(50_000);
    const cut = { period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2024-02-28' };
    expect(fundLoansDisbursed.compute(facts, cut).members).toEqual(['a']);
    expect(fundCapitalAtEnd.compute(facts, cut).value).toBe(7_000_000);
    expect(fundOutstandingPrincipalAtEnd.compute(facts, cut).value).toBe(200_000);
  });

  it('measures the capital as cash plus loans receivable, from the entries that changed it', () => {
    const start = fundCapitalAtStart.compute(facts, year(2024));
    expect(start).toMatchObject({ value: 0, members: [] });
    const end2024 = fundCapitalAtEnd.compute(facts, year(2024));
    // Grants, less the write-off, plus the interest kept (the bounced payment's was given back).
    expect(end2024.value).toBe(7_000_000 - 75_000 + 500 + 300);
    expect(end2024.members).toContain(ids.grant);
    expect(end2024.members).toContain(ids.writeOff);
    // The bounced payment and its reversal each moved the capital by its interest.
    expect(end2024.members).toContain(ids.bounced);
    expect(end2024.members).toContain(ids.reversal);
    expect(fundCapitalAtStart.compute(facts, year(2025)).value).toBe(end2024.value);
    expect(fundGrowth.compute(facts, year(2025))).toMatchObject({ value: 1_500_080 });
    expect(fundCapitalAtEnd.compute(facts, year(2025)).value).toBe(
      balanceOn(facts, 'fund_cash', '2025-12-31') + balanceOn(facts, 'loans_receivable', '2025-12-31'),
    );
  });

  it('sums write-offs and outstanding principal from loans receivable', () => {
    expect(fundWrittenOffAmount.compute(facts, year(2024))).toMatchObject({
      value: 75_000,
      members: [ids.writeOff],
    });
    expect(fundWrittenOffAmount.compute(facts, year(2025)).value).toBe(0);
    // c owes 50,000 at the end of 2024; d and the rest of c at the end of 2025.
    expect(fundOutstandingPrincipalAtEnd.compute(facts, year(2024)).value).toBe(50_000);
    expect(fundOutstandingPrincipalAtEnd.compute(facts, year(2025)).value).toBe(25_000 + 120_000);
  });

  it('rates principal repaid against principal due for the loans of the period, a reversed payment never paid', () => {
    // a: 200,000 due and repaid; b: written off, all 100,000 due, 25,000 repaid (the bounced 25,000
    // reversed); c: 25,000 due by the end of January 2025 and repaid.
    const figure = fundRepaymentRate.compute(facts, year(2024, '2025-02-15'));
    expect(figure).toMatchObject({
      numerator: 250_000,
      denominator: 325_000,
      members: ['a', 'b', 'c'],
      denominatorMembers: ['a', 'b', 'c'],
    });
    expect(figure.value).toBeCloseTo(250_000 / 325_000, 12);
    // Before the bounce is known, the payment counts; c is not yet lent.
    expect(fundRepaymentRate.compute(facts, year(2024, '2024-05-01'))).toMatchObject({
      numerator: 250_000,
      denominator: 250_000,
    });
    // No principal has fallen due yet: no rate, not 0 %.
    expect(fundRepaymentRate.compute(facts, year(2025, '2025-06-15')).value).toBeNull();
  });

  it('gives the share of the period’s closed loans repaid in full rather than written off', () => {
    expect(fundLoansRepaidRate.compute(facts, year(2024))).toMatchObject({
      value: 0.5,
      numerator: 1,
      denominator: 2,
      members: ['a'],
      denominatorMembers: ['a', 'b'],
    });
    expect(fundLoansRepaidRate.compute(facts, year(2024, '2024-06-01'))).toMatchObject({ value: 1 });
    expect(fundLoansRepaidRate.compute(facts, year(2025)).value).toBeNull();
  });
});

describe('repayment rate after a restructuring', () => {
  it('counts the former installments as due: lent less what the schedule in force has still to fall due', () => {
    const books = new FundBooks();
    books.contribute('2024-01-01', 1_000_000);
    books.lend({ loanId: 'r', personId: 'p', on: '2024-01-10', cents: 100_000, installments: 4 });
    books.pay('r', '2024-02-09', 25_000);
    books.pay('r', '2024-03-10', 25_000);
    // The remaining 50,000 over five installments from June.
    books.update('r', {
      schedule: Array.from({ length: 5 }, (_, i) => ({
        dueOn: addDays('2024-06-01', 30 * i),
        principalCents: 10_000,
        interestCents: 0,
      })),
    });
    const figure = fundRepaymentRate.compute(books.facts(), year(2024, '2024-07-15'));
    // 50,000 of the former installments and two new ones (June 1 and July 1) fell due by July 15.
    expect(figure).toMatchObject({ numerator: 50_000, denominator: 70_000 });
  });

  it('does not count paying ahead beyond what fell due', () => {
    const books = new FundBooks();
    books.lend({ loanId: 'x', personId: 'p', on: '2024-01-10', cents: 100_000, installments: 4 });
    books.pay('x', '2024-02-01', 60_000);
    expect(fundRepaymentRate.compute(books.facts(), year(2024, '2024-02-15'))).toMatchObject({
      value: 1,
      numerator: 25_000,
      denominator: 25_000,
    });
  });
});

describe('the fund indicators as a set', () => {
  it('has unique codes, both languages and known units', () => {
    const codes = fundIndicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const i of fundIndicators) {
      expect(i.code).toMatch(/^fund_[a-z_]+$/);
      expect(indicatorUnits).toContain(i.unit);
      for (const text of [i.name.fr, i.name.en, i.countingRule.fr, i.countingRule.en])
        expect(text.length).toBeGreaterThan(3);
    }
  });

  it('counts nothing in an empty fund, and gives no rate', () => {
    const empty: FundFacts = { fundId: 'f', currency: 'USD', loans: [], journal: [] };
    for (const i of fundIndicators) {
      const figure = i.compute(empty, year(2024));
      expect(figure.value).toBe(i.unit === 'rate' ? null : 0);
      expect(figure.members).toEqual([]);
    }
  });
});

const period = fc
  .record({ start: fc.integer({ min: -30, max: 1500 }), length: fc.integer({ min: 0, max: 800 }) })
  .map(({ start, length }) => ({ from: dayOf(start), to: dayOf(start + length) }));
const asOf = fc.integer({ min: 0, max: 2000 }).map(dayOf);

describe('fund indicators: properties over random books', () => {
  it('amounts are integers, counts match their members, rates lie in [0, 1]', () => {
    fc.assert(
      fc.property(fundBooks, period, asOf, (books, p, today) => {
        const facts = books.facts();
        for (const i of fundIndicators) {
          const f = i.compute(facts, { period: p, asOf: today });
          if (i.unit === 'amount_cents') expect(Number.isSafeInteger(f.value)).toBe(true);
          if (i.unit === 'units') expect(f.value).toBe(f.members.length);
          if (i.unit === 'rate') {
            expect(Number.isSafeInteger(f.numerator) && Number.isSafeInteger(f.denominator)).toBe(true);
            if (f.value === null) expect(f.denominator).toBe(0);
            else {
              expect(f.value).toBeGreaterThanOrEqual(0);
              expect(f.value).toBeLessThanOrEqual(1);
              expect(f.numerator).toBeLessThanOrEqual(f.denominator as number);
            }
          }
        }
      }),
    );
  });

  it('the capital at the end is the capital at the start plus the period’s movements, and the trial balance’s', () => {
    fc.assert(
      fc.property(fundBooks, period, asOf, (books, p, today) => {
        const facts = books.facts();
        const context = { period: p, asOf: today };
        const start = fundCapitalAtStart.compute(facts, context).value as number;
        const growth = fundGrowth.compute(facts, context).value as number;
        const end = fundCapitalAtEnd.compute(facts, context).value as number;
        const lastDay = [p.to, today].sort()[0] as string;
        if (p.from <= lastDay) expect(end).toBe(start + growth);
        const fromBooks = capitalAccounts.reduce((sum, a) => sum + balanceOn(facts, a, lastDay), 0);
        expect(end).toBe(fromBooks);
        expect(fundOutstandingPrincipalAtEnd.compute(facts, context).value).toBe(
          balanceOn(facts, 'loans_receivable', lastDay),
        );
      }),
    );
  });

  it('every amount is the sum of its member entries’ lines (traceable to the journal)', () => {
    fc.assert(
      fc.property(fundBooks, period, asOf, (books, p, today) => {
        const facts = books.facts();
        const context = { period: p, asOf: today };
        const lastDay = [p.to, today].sort()[0] as string;
        const effect = (ids: readonly string[], accounts: readonly string[]) =>
          facts.journal
            .filter((l) => ids.includes(l.entryId) && accounts.includes(l.account))
            .reduce((sum, l) => sum + l.debitCents - l.creditCents, 0);
        const end = fundCapitalAtEnd.compute(facts, context);
        expect(effect(end.members, capitalAccounts)).toBe(end.value);
        expect(new Set(end.members).size).toBe(end.members.length);
        const disbursed = fundAmountDisbursed.compute(facts, context);
        expect(effect(disbursed.members, ['loans_receivable'])).toBe(disbursed.value);
        const written = fundWrittenOffAmount.compute(facts, context);
        expect(effect(written.members, ['write_off_expense'])).toBe(written.value);
        const growth = fundGrowth.compute(facts, context);
        for (const id of growth.members) {
          const on = facts.journal.find((l) => l.entryId === id)?.on as string;
          expect(on >= p.from && on <= lastDay).toBe(true);
        }
      }),
    );
  });

  it('a payment and its reversal leave every figure as it was: a reversed payment counts as never paid', () => {
    // Reversed the same day, any period; reversed later, a period holding both (else the interest
    // received in one period and given back in the next rightly moves each period's capital).
    const reversal = fc.oneof(
      fc.record({ gap: fc.constant(0), period }),
      fc.record({
        gap: fc.integer({ min: 1, max: 90 }),
        period: fc.constant({ from: dayOf(-30), to: dayOf(2100) }),
      }),
    );
    fc.assert(
      fc.property(
        fundBooks.filter((b) => b.loans.length > 0),
        fc.nat(),
        fc.integer({ min: 1, max: 100_000 }),
        fc.nat({ max: 2_000 }),
        fc.integer({ min: 0, max: 90 }),
        reversal,
        (books, pick, principal, interest, days, { gap, period: p }) => {
          const today = dayOf(2100);
          const before = books.facts();
          const loan = books.loans[pick % books.loans.length]!;
          const paidOn = addDays(loan.disbursedOn as string, days);
          const paid = books.pay(loan.loanId, paidOn, principal, interest);
          books.reverse(paid, addDays(paidOn, gap));
          const after = books.facts();
          for (const i of fundIndicators) {
            const a = i.compute(before, { period: p, asOf: today });
            const b = i.compute(after, { period: p, asOf: today });
            expect([b.value, b.numerator, b.denominator], i.code).toEqual([
              a.value,
              a.numerator,
              a.denominator,
            ]);
          }
        },
      ),
    );
  });

  it('loans and borrowers of adjacent periods add up; borrowers never exceed loans', () => {
    fc.assert(
      fc.property(fundBooks, fc.integer({ min: 0, max: 1500 }), (books, split) => {
        const facts = books.facts();
        const whole = { period: { from: dayOf(0), to: dayOf(2000) }, asOf: dayOf(2000) };
        const first = { period: { from: dayOf(0), to: dayOf(split) }, asOf: dayOf(2000) };
        const second = { period: { from: dayOf(split + 1), to: dayOf(2000) }, asOf: dayOf(2000) };
        for (const i of [fundLoansDisbursed, fundAmountDisbursed, fundGrowth, fundWrittenOffAmount])
          expect(i.compute(facts, whole).value).toBe(
            (i.compute(facts, first).value as number) + (i.compute(facts, second).value as number),
          );
        expect(fundBorrowers.compute(facts, whole).value).toBeLessThanOrEqual(
          fundLoansDisbursed.compute(facts, whole).value as number,
        );
      }),
    );
  });
});
