import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Allocation, allocationComponents } from './allocation.js';
import {
  accountNature,
  assertBalanced,
  contributionEntry,
  contributionKinds,
  creditRefundEntry,
  disbursementEntry,
  type EntryLine,
  type LedgerAccount,
  ledgerAccounts,
  naturalBalance,
  paymentEntry,
  reversalOf,
  trialBalance,
  UnbalancedEntryError,
  writeOffEntry,
} from './ledger.js';

const line = (account: LedgerAccount, debitCents: number, creditCents: number): EntryLine => ({
  account,
  loanId: null,
  debitCents,
  creditCents,
});

const cents = fc.integer({ min: 1, max: 1_000_000_000 });
const loanId = fc.constantFrom('loan-a', 'loan-b', 'loan-c');
const allocation: fc.Arbitrary<Allocation> = fc
  .tuple(fc.constantFrom(...allocationComponents), cents, fc.constantFrom('i1', 'i2', 'i3'))
  .map(([component, amountCents, installmentId]) => ({
    component,
    amountCents,
    installmentId: component === 'credit' ? null : installmentId,
  }));
const allocations = fc.array(allocation, { minLength: 1, maxLength: 8 });

/** Any entry one of the builders can produce, with valid (positive) amounts. */
const entry: fc.Arbitrary<EntryLine[]> = fc.oneof(
  fc.tuple(fc.constantFrom(...contributionKinds), cents).map(([kind, c]) => contributionEntry(kind, c)),
  fc.tuple(loanId, cents).map(([loan, c]) => disbursementEntry(loan, c)),
  fc.tuple(loanId, allocations).map(([loan, a]) => paymentEntry(loan, a)),
  fc.tuple(loanId, cents).map(([loan, c]) => writeOffEntry(loan, c)),
  fc.tuple(loanId, cents).map(([loan, c]) => creditRefundEntry(loan, c)),
);
const entryOrReversal = fc.tuple(entry, fc.boolean()).map(([e, reverse]) => (reverse ? reversalOf(e) : e));

const balanceOf = (lines: readonly EntryLine[], account: LedgerAccount) =>
  naturalBalance(trialBalance(lines).find((b) => b.account === account)!);

/** Net debit per account and loan, to check that an entry and its reversal cancel out everywhere. */
function netByAccountAndLoan(lines: readonly EntryLine[]) {
  const net = new Map<string, number>();
  for (const l of lines) {
    const key = `${l.account}|${l.loanId}`;
    net.set(key, (net.get(key) ?? 0) + l.debitCents - l.creditCents);
  }
  return net;
}

describe('assertBalanced', () => {
  it('accepts lines whose debits equal their credits', () => {
    expect(() =>
      assertBalanced([line('fund_cash', 500, 0), line('contributed_capital', 0, 500)]),
    ).not.toThrow();
    expect(() =>
      assertBalanced([
        line('fund_cash', 500, 0),
        line('fee_income', 0, 200),
        line('interest_income', 0, 300),
      ]),
    ).not.toThrow();
  });

  it.each([
    ['unequal sides', [line('fund_cash', 500, 0), line('contributed_capital', 0, 499)]],
    ['a line with both sides', [line('fund_cash', 500, 500), line('contributed_capital', 0, 0)]],
    ['a line with both sides that still balances', [line('fund_cash', 500, 100), line('fee_income', 0, 400)]],
    [
      'a line with neither side',
      [line('fund_cash', 500, 0), line('fee_income', 0, 500), line('fee_income', 0, 0)],
    ],
    [
      'a negative debit',
      [line('fund_cash', -500, 0), line('fee_income', -500, 0), line('fee_income', 0, -1000)],
    ],
    [
      'a negative credit',
      [line('fund_cash', 0, -500), line('fee_income', 0, 1000), line('fee_income', 500, 0)],
    ],
    ['fractional cents', [line('fund_cash', 0.5, 0), line('fee_income', 0, 0.5)]],
    ['NaN cents', [line('fund_cash', Number.NaN, 0), line('fee_income', 0, Number.NaN)]],
    ['unsafe integers', [line('fund_cash', 2 ** 53, 0), line('fee_income', 0, 2 ** 53)]],
    ['a single line', [line('fund_cash', 500, 0)]],
    ['no line', []],
  ] as const)('rejects %s', (_, lines) => {
    expect(() => assertBalanced(lines)).toThrow(UnbalancedEntryError);
  });

  it('rejects any entry altered by a cent on one line', () => {
    fc.assert(
      fc.property(entry, fc.nat(), fc.integer({ min: 1, max: 1000 }), (lines, at, delta) => {
        const index = at % lines.length;
        const altered = lines.map((l, i) =>
          i !== index
            ? l
            : l.debitCents
              ? { ...l, debitCents: l.debitCents + delta }
              : { ...l, creditCents: l.creditCents + delta },
        );
        expect(() => assertBalanced(altered)).toThrow(UnbalancedEntryError);
      }),
    );
  });
});

describe('entry builders', () => {
  it('records a grant or a donation as capital and a loan to the fund as a liability', () => {
    expect(contributionEntry('grant', 500_000)).toEqual([
      { account: 'fund_cash', loanId: null, debitCents: 500_000, creditCents: 0 },
      { account: 'contributed_capital', loanId: null, debitCents: 0, creditCents: 500_000 },
    ]);
    expect(contributionEntry('donation', 700)[1]!.account).toBe('contributed_capital');
    expect(contributionEntry('loan_to_fund', 700)[1]!.account).toBe('loans_payable');
  });

  it('moves cash to the loan receivable on a disbursement, naming the loan', () => {
    expect(disbursementEntry('loan-a', 300_000)).toEqual([
      { account: 'loans_receivable', loanId: 'loan-a', debitCents: 300_000, creditCents: 0 },
      { account: 'fund_cash', loanId: null, debitCents: 0, creditCents: 300_000 },
    ]);
  });

  it('credits each component of a payment to its account, naming the loan only on loan accounts', () => {
    const lines = paymentEntry('loan-a', [
      { installmentId: 'i1', component: 'fee', amountCents: 500 },
      { installmentId: 'i1', component: 'interest', amountCents: 100 },
      { installmentId: 'i1', component: 'principal', amountCents: 5000 },
      { installmentId: 'i2', component: 'interest', amountCents: 50 },
      { installmentId: 'i2', component: 'principal', amountCents: 950 },
      { installmentId: null, component: 'credit', amountCents: 400 },
    ]);
    expect(lines).toEqual([
      { account: 'fund_cash', loanId: null, debitCents: 7000, creditCents: 0 },
      { account: 'fee_income', loanId: null, debitCents: 0, creditCents: 500 },
      { account: 'interest_income', loanId: null, debitCents: 0, creditCents: 150 },
      { account: 'loans_receivable', loanId: 'loan-a', debitCents: 0, creditCents: 5950 },
      { account: 'borrower_credit', loanId: 'loan-a', debitCents: 0, creditCents: 400 },
    ]);
  });

  it('writes off against an expense and refunds credit from cash', () => {
    expect(writeOffEntry('loan-a', 1234)).toEqual([
      { account: 'write_off_expense', loanId: null, debitCents: 1234, creditCents: 0 },
      { account: 'loans_receivable', loanId: 'loan-a', debitCents: 0, creditCents: 1234 },
    ]);
    expect(creditRefundEntry('loan-a', 400)).toEqual([
      { account: 'borrower_credit', loanId: 'loan-a', debitCents: 400, creditCents: 0 },
      { account: 'fund_cash', loanId: null, debitCents: 0, creditCents: 400 },
    ]);
  });

  it('always yields balanced lines with positive amounts, and so do their reversals', () => {
    fc.assert(
      fc.property(entry, (lines) => {
        expect(() => assertBalanced(lines)).not.toThrow();
        expect(() => assertBalanced(reversalOf(lines))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('takes the payment amount into cash and one credit line per account', () => {
    fc.assert(
      fc.property(loanId, allocations, (loan, a) => {
        const lines = paymentEntry(loan, a);
        const total = a.reduce((s, x) => s + x.amountCents, 0);
        expect(lines[0]).toEqual({ account: 'fund_cash', loanId: null, debitCents: total, creditCents: 0 });
        const credited = lines.slice(1).map((l) => l.account);
        expect(new Set(credited).size).toBe(credited.length);
        for (const l of lines.slice(1)) {
          expect(l.debitCents).toBe(0);
          const onLoan = l.account === 'loans_receivable' || l.account === 'borrower_credit';
          expect(l.loanId).toBe(onLoan ? loan : null);
        }
      }),
    );
  });
});

describe('reversalOf', () => {
  it('is its own inverse and cancels the entry on every account and loan', () => {
    fc.assert(
      fc.property(entry, (lines) => {
        expect(reversalOf(reversalOf(lines))).toEqual(lines);
        for (const net of netByAccountAndLoan([...lines, ...reversalOf(lines)]).values()) expect(net).toBe(0);
        for (const b of trialBalance([...lines, ...reversalOf(lines)])) expect(naturalBalance(b)).toBe(0);
      }),
    );
  });

  it('does not alter the entry it reverses', () => {
    const lines = disbursementEntry('loan-a', 300);
    const copy = structuredClone(lines);
    reversalOf(lines);
    expect(lines).toEqual(copy);
  });
});

describe('trialBalance', () => {
  it('lists every account, at zero when nothing moved', () => {
    expect(trialBalance([])).toEqual(
      ledgerAccounts.map((account) => ({ account, debitCents: 0, creditCents: 0 })),
    );
  });

  it('rejects a line on an unknown account', () => {
    expect(() => trialBalance([line('petty_cash' as LedgerAccount, 1, 0)])).toThrow(UnbalancedEntryError);
  });

  it('keeps total debits equal to total credits over any sequence of entries and reversals', () => {
    fc.assert(
      fc.property(fc.array(entryOrReversal, { maxLength: 30 }), (entries) => {
        const lines = entries.flat();
        const balances = trialBalance(lines);
        const debits = balances.reduce((s, b) => s + b.debitCents, 0);
        const credits = balances.reduce((s, b) => s + b.creditCents, 0);
        expect(debits).toBe(credits);
        expect(debits).toBe(lines.reduce((s, l) => s + l.debitCents, 0));
        // Debit-natured balances equal credit-natured ones: assets + expenses = liabilities + capital + income.
        const byNature = { debit: 0, credit: 0 };
        for (const b of balances) byNature[accountNature[b.account]] += naturalBalance(b);
        expect(byNature.debit).toBe(byNature.credit);
      }),
      { numRuns: 300 },
    );
  });

  it('follows cash through contributions, disbursements, payments, write-offs and refunds', () => {
    // Each movement with the cash it brings in by its meaning, not by reading its lines.
    const movement = fc.oneof(
      fc
        .tuple(fc.constantFrom(...contributionKinds), cents)
        .map(([k, c]) => ({ lines: contributionEntry(k, c), cash: c })),
      fc.tuple(loanId, cents).map(([loan, c]) => ({ lines: disbursementEntry(loan, c), cash: -c })),
      fc.tuple(loanId, allocations).map(([loan, a]) => ({
        lines: paymentEntry(loan, a),
        cash: a.reduce((s, x) => s + x.amountCents, 0),
      })),
      fc.tuple(loanId, cents).map(([loan, c]) => ({ lines: writeOffEntry(loan, c), cash: 0 })),
      fc.tuple(loanId, cents).map(([loan, c]) => ({ lines: creditRefundEntry(loan, c), cash: -c })),
    );
    const maybeReversed = fc
      .tuple(movement, fc.boolean())
      .map(([m, reverse]) => (reverse ? { lines: reversalOf(m.lines), cash: -m.cash } : m));
    fc.assert(
      fc.property(fc.array(maybeReversed, { maxLength: 30 }), (movements) => {
        const expected = movements.reduce((s, m) => s + m.cash, 0);
        expect(
          balanceOf(
            movements.flatMap((m) => m.lines),
            'fund_cash',
          ),
        ).toBe(expected);
      }),
    );
  });
});

describe('naturalBalance', () => {
  it('shows cash and capital positive after a contribution', () => {
    const lines = contributionEntry('grant', 500_000);
    expect(balanceOf(lines, 'fund_cash')).toBe(500_000);
    expect(balanceOf(lines, 'contributed_capital')).toBe(500_000);
    expect(balanceOf(lines, 'loans_payable')).toBe(0);
    expect(balanceOf(contributionEntry('loan_to_fund', 200), 'loans_payable')).toBe(200);
  });

  it('follows a loan from disbursement to payment and write-off in each account direction', () => {
    const lines = [
      ...contributionEntry('donation', 500_000),
      ...disbursementEntry('loan-a', 300_000),
      ...paymentEntry('loan-a', [
        { installmentId: 'i1', component: 'fee', amountCents: 1000 },
        { installmentId: 'i1', component: 'interest', amountCents: 2000 },
        { installmentId: 'i1', component: 'principal', amountCents: 50_000 },
        { installmentId: null, component: 'credit', amountCents: 700 },
      ]),
      ...writeOffEntry('loan-a', 250_000),
    ];
    expect(balanceOf(lines, 'fund_cash')).toBe(500_000 - 300_000 + 53_700);
    expect(balanceOf(lines, 'loans_receivable')).toBe(0);
    expect(balanceOf(lines, 'borrower_credit')).toBe(700);
    expect(balanceOf(lines, 'fee_income')).toBe(1000);
    expect(balanceOf(lines, 'interest_income')).toBe(2000);
    expect(balanceOf(lines, 'write_off_expense')).toBe(250_000);
    expect(balanceOf(lines, 'contributed_capital')).toBe(500_000);
  });

  it('reads debit-natured accounts as debits minus credits and the others the other way', () => {
    expect(accountNature).toEqual({
      fund_cash: 'debit',
      loans_receivable: 'debit',
      borrower_credit: 'credit',
      loans_payable: 'credit',
      contributed_capital: 'credit',
      interest_income: 'credit',
      fee_income: 'credit',
      write_off_expense: 'debit',
    });
    for (const account of ledgerAccounts) {
      const sign = accountNature[account] === 'debit' ? 1 : -1;
      expect(naturalBalance({ account, debitCents: 700, creditCents: 200 })).toBe(sign * 500);
    }
  });
});
