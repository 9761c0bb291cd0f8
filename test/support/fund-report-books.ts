import fc from 'fast-check';
import {
  contributionEntry,
  disbursementEntry,
  type EntryLine,
  type MovementKind,
  paymentEntry,
  reversalOf,
  writeOffEntry,
} from '../../src/modules/loan-fund/domain/ledger.js';
import type {
  FundFacts,
  FundJournalLine,
  FundLoanFact,
} from '../../src/modules/reports/domain/fund-facts.js';

/** Day `n` after 1 January 2024, as 'YYYY-MM-DD'. */
export const dayOf = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

/**
 * A fund's books written with the loan fund's own entry builders (so the lines are the ones the fund
 * posts), for the report's pure indicators.
 */
export class FundBooks {
  readonly journal: FundJournalLine[] = [];
  readonly loans: FundLoanFact[] = [];
  private entries = 0;

  post(kind: MovementKind, on: string, lines: readonly EntryLine[]): string {
    const entryId = `e${String(++this.entries).padStart(4, '0')}`;
    for (const l of lines)
      this.journal.push({
        entryId,
        kind,
        on,
        account: l.account,
        loanId: l.loanId,
        debitCents: l.debitCents,
        creditCents: l.creditCents,
      });
    return entryId;
  }

  contribute(on: string, cents: number, kind: 'grant' | 'loan_to_fund' = 'grant') {
    return this.post('contribution', on, contributionEntry(kind, cents));
  }

  /** A loan paid out in one tranche, repaid in `installments` monthly installments of principal. */
  lend(
    loan: { loanId: string; personId: string; on: string; cents: number; installments?: number },
    firstDueOn?: string,
  ): FundLoanFact {
    const count = loan.installments ?? 4;
    const each = Math.floor(loan.cents / count);
    const first = firstDueOn ?? addDays(loan.on, 30);
    const fact: FundLoanFact = {
      loanId: loan.loanId,
      borrowerPersonId: loan.personId,
      disbursedOn: loan.on,
      principalCents: loan.cents,
      paidOffOn: null,
      writtenOffOn: null,
      schedule: Array.from({ length: count }, (_, i) => ({
        dueOn: addDays(first, 30 * i),
        principalCents: i === count - 1 ? loan.cents - each * (count - 1) : each,
        interestCents: 0,
      })),
    };
    this.loans.push(fact);
    this.post('disbursement', loan.on, disbursementEntry(loan.loanId, loan.cents));
    return fact;
  }

  pay(loanId: string, on: string, principalCents: number, interestCents = 0): string {
    const allocations = [
      ...(principalCents > 0
        ? [{ installmentId: null, component: 'principal' as const, amountCents: principalCents }]
        : []),
      ...(interestCents > 0
        ? [{ installmentId: null, component: 'interest' as const, amountCents: interestCents }]
        : []),
    ];
    return this.post('payment', on, paymentEntry(loanId, allocations));
  }

  reverse(entryId: string, on: string): string {
    const lines = this.journal
      .filter((l) => l.entryId === entryId)
      .map((l) => ({
        account: l.account as EntryLine['account'],
        loanId: l.loanId,
        debitCents: l.debitCents,
        creditCents: l.creditCents,
      }));
    return this.post('payment_reversal', on, reversalOf(lines));
  }

  writeOff(loanId: string, on: string, cents: number): string {
    const id = this.post('write_off', on, writeOffEntry(loanId, cents));
    this.update(loanId, { writtenOffOn: on });
    return id;
  }

  update(loanId: string, change: Partial<FundLoanFact>) {
    const index = this.loans.findIndex((l) => l.loanId === loanId);
    this.loans[index] = { ...(this.loans[index] as FundLoanFact), ...change };
  }

  facts(): FundFacts {
    return { fundId: 'fund', currency: 'USD', loans: [...this.loans], journal: [...this.journal] };
  }
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const loanPlan = fc.record({
  person: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
  disbursedDay: fc.integer({ min: 0, max: 900 }),
  cents: fc.integer({ min: 1, max: 300_000 }),
  installments: fc.integer({ min: 1, max: 12 }),
  payments: fc.array(
    fc.record({
      afterDays: fc.integer({ min: 0, max: 500 }),
      percent: fc.integer({ min: 0, max: 100 }),
      interestCents: fc.nat({ max: 3_000 }),
      reversedAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    }),
    { maxLength: 8 },
  ),
  writeOffAfter: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
});

/** Random books: contributions, loans, payments (some reversed), write-offs, every entry balanced. */
export const fundBooks: fc.Arbitrary<FundBooks> = fc
  .record({
    contributions: fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 1000 }), cents: fc.integer({ min: 1, max: 5_000_000 }) }),
      { maxLength: 4 },
    ),
    loans: fc.array(loanPlan, { maxLength: 6 }),
  })
  .map(({ contributions, loans }) => {
    const books = new FundBooks();
    for (const c of contributions) books.contribute(dayOf(c.day), c.cents);
    loans.forEach((plan, index) => {
      const loanId = `loan${index}`;
      const on = dayOf(plan.disbursedDay);
      books.lend({ loanId, personId: plan.person, on, cents: plan.cents, installments: plan.installments });
      // Movements in date order; a reversal restores what its payment took off the balance.
      const events: { on: string; run: () => void }[] = [];
      let owed = plan.cents;
      let paidOffOn: string | null = null;
      const payments = [...plan.payments].sort((a, b) => a.afterDays - b.afterDays);
      for (const p of payments) {
        const paidOn = addDays(on, p.afterDays);
        events.push({
          on: paidOn,
          run: () => {
            const principal = Math.min(owed, Math.round((plan.cents * p.percent) / 100));
            if (principal === 0 && p.interestCents === 0) return;
            const entryId = books.pay(loanId, paidOn, principal, p.interestCents);
            owed -= principal;
            if (owed === 0 && paidOffOn === null) paidOffOn = paidOn;
            if (p.reversedAfter === null) return;
            const reversedOn = addDays(paidOn, p.reversedAfter);
            events.push({
              on: reversedOn,
              run: () => {
                books.reverse(entryId, reversedOn);
                owed += principal;
                if (owed > 0) paidOffOn = null;
              },
            });
            events.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
          },
        });
      }
      let last = on;
      for (let i = 0; i < events.length; i++) {
        const event = events[i] as (typeof events)[number];
        event.run();
        if (event.on > last) last = event.on;
      }
      if (paidOffOn !== null && owed === 0) books.update(loanId, { paidOffOn });
      else if (plan.writeOffAfter !== null && owed > 0)
        books.writeOff(loanId, addDays(last, plan.writeOffAfter), owed);
    });
    return books;
  });
