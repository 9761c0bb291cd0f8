import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AccountNature,
  assertBalanced,
  balanceOf,
  balancesFromSums,
  chartOfAccounts,
  creditLine,
  debitLine,
  type LedgerLine,
  naturalBalance,
  reversalOf,
  trialBalance,
  UnbalancedEntryError,
} from './ledger.js';

/** A chart of any shape: the core knows nothing of a module's accounts. */
const chart = chartOfAccounts({
  cash: 'debit',
  receivable: 'debit',
  expense: 'debit',
  payable: 'credit',
  funds: 'credit',
  income: 'credit',
});
type Account = (typeof chart.accounts)[number];

const account = fc.constantFrom(...chart.accounts);
const cents = fc.integer({ min: 1, max: 1_000_000_000 });
const line = (a: Account, debitCents: number, creditCents: number): LedgerLine<Account> => ({
  account: a,
  debitCents,
  creditCents,
});

/** A random balanced entry: debits on some accounts, the same total split over credits on others. */
const entry: fc.Arbitrary<LedgerLine<Account>[]> = fc
  .tuple(
    fc.array(fc.tuple(account, cents), { minLength: 1, maxLength: 4 }),
    fc.array(fc.tuple(account, fc.integer({ min: 1, max: 100 })), { minLength: 1, maxLength: 4 }),
  )
  .filter(([debits, weights]) => {
    const total = debits.reduce((s, [, c]) => s + c, 0);
    return total >= weights.length;
  })
  .map(([debits, weights]) => {
    const total = debits.reduce((s, [, c]) => s + c, 0);
    const weightSum = weights.reduce((s, [, w]) => s + w, 0);
    // Each credit at least one cent, the remainder on the last one: exact to the cent.
    const credits = weights.map(([a, w]) => [a, Math.max(1, Math.floor((total * w) / weightSum))] as const);
    const allButLast = credits.slice(0, -1).reduce((s, [, c]) => s + c, 0);
    const last = total - allButLast;
    if (last < 1) return [debitLine(debits[0]![0], total), creditLine(weights[0]![0], total)];
    return [
      ...debits.map(([a, c]) => debitLine(a, c)),
      ...credits.slice(0, -1).map(([a, c]) => creditLine(a, c)),
      creditLine(credits[credits.length - 1]![0], last),
    ];
  });
const entryOrReversal = fc.tuple(entry, fc.boolean()).map(([e, reverse]) => (reverse ? reversalOf(e) : e));

describe('chartOfAccounts', () => {
  it('lists the accounts in the order of their natures', () => {
    expect(chart.accounts).toEqual(['cash', 'receivable', 'expense', 'payable', 'funds', 'income']);
    expect(chart.nature.funds).toBe('credit');
  });
});

describe('assertBalanced', () => {
  it('accepts lines whose debits equal their credits', () => {
    expect(() => assertBalanced([line('cash', 500, 0), line('funds', 0, 500)])).not.toThrow();
    expect(() =>
      assertBalanced([line('cash', 500, 0), line('income', 0, 200), line('payable', 0, 300)]),
    ).not.toThrow();
  });

  it.each([
    ['unequal sides', [line('cash', 500, 0), line('funds', 0, 499)]],
    ['a line with both sides', [line('cash', 500, 500), line('funds', 0, 0)]],
    ['a line with both sides that still balances', [line('cash', 500, 100), line('income', 0, 400)]],
    ['a line with neither side', [line('cash', 500, 0), line('income', 0, 500), line('income', 0, 0)]],
    ['a negative debit', [line('cash', -500, 0), line('income', -500, 0), line('income', 0, -1000)]],
    ['a negative credit', [line('cash', 0, -500), line('income', 0, 1000), line('income', 500, 0)]],
    ['fractional cents', [line('cash', 0.5, 0), line('income', 0, 0.5)]],
    ['NaN cents', [line('cash', Number.NaN, 0), line('income', 0, Number.NaN)]],
    ['unsafe integers', [line('cash', 2 ** 53, 0), line('income', 0, 2 ** 53)]],
    [
      'sums beyond safe integers',
      [
        line('cash', 2 ** 52, 0),
        line('cash', 2 ** 52, 0),
        line('income', 0, 2 ** 52),
        line('income', 0, 2 ** 52),
      ],
    ],
    ['a single line', [line('cash', 500, 0)]],
    ['no line', []],
  ] as const)('rejects %s', (_, lines) => {
    expect(() => assertBalanced(lines)).toThrow(UnbalancedEntryError);
  });

  it('accepts every generated entry and rejects it altered by a cent on any line', () => {
    fc.assert(
      fc.property(entry, fc.nat(), fc.integer({ min: 1, max: 1000 }), (lines, at, delta) => {
        expect(() => assertBalanced(lines)).not.toThrow();
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

describe('line builders', () => {
  it('put one amount on one side and carry the module’s own fields', () => {
    expect(debitLine('cash', 700)).toEqual({ account: 'cash', debitCents: 700, creditCents: 0 });
    expect(creditLine('funds', 700, { requestId: 'r-1' })).toEqual({
      account: 'funds',
      requestId: 'r-1',
      debitCents: 0,
      creditCents: 700,
    });
  });
});

describe('reversalOf', () => {
  it('is its own inverse, balances, and cancels the entry on every account', () => {
    fc.assert(
      fc.property(entry, (lines) => {
        expect(reversalOf(reversalOf(lines))).toEqual(lines);
        expect(() => assertBalanced(reversalOf(lines))).not.toThrow();
        for (const b of trialBalance(chart, [...lines, ...reversalOf(lines)]))
          expect(naturalBalance(chart, b)).toBe(0);
      }),
    );
  });

  it('keeps the module’s fields and leaves the reversed entry untouched', () => {
    const lines = [debitLine('receivable', 300, { loanId: 'a' }), creditLine('cash', 300, { loanId: null })];
    const copy = structuredClone(lines);
    expect(reversalOf(lines)).toEqual([
      { account: 'receivable', loanId: 'a', debitCents: 0, creditCents: 300 },
      { account: 'cash', loanId: null, debitCents: 300, creditCents: 0 },
    ]);
    expect(lines).toEqual(copy);
  });
});

describe('trialBalance', () => {
  it('lists every account of the chart, at zero when nothing moved', () => {
    expect(trialBalance(chart, [])).toEqual(
      chart.accounts.map((a) => ({ account: a, debitCents: 0, creditCents: 0 })),
    );
  });

  it('rejects a line on an account outside the chart', () => {
    expect(() => trialBalance(chart, [line('petty_cash' as Account, 1, 0)])).toThrow(UnbalancedEntryError);
  });

  it('keeps total debits equal to total credits, and debit-natured balances equal credit-natured ones', () => {
    fc.assert(
      fc.property(fc.array(entryOrReversal, { maxLength: 30 }), (entries) => {
        const lines = entries.flat();
        const balances = trialBalance(chart, lines);
        const debits = balances.reduce((s, b) => s + b.debitCents, 0);
        const credits = balances.reduce((s, b) => s + b.creditCents, 0);
        expect(debits).toBe(credits);
        expect(debits).toBe(lines.reduce((s, l) => s + l.debitCents, 0));
        const byNature: Record<AccountNature, number> = { debit: 0, credit: 0 };
        for (const b of balances) byNature[chart.nature[b.account]] += naturalBalance(chart, b);
        expect(byNature.debit).toBe(byNature.credit);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the entries', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 10 }), fc.integer(), (entries, seed) => {
        const shuffled = [...entries].sort(
          (a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7),
        );
        expect(trialBalance(chart, shuffled.flat())).toEqual(trialBalance(chart, entries.flat()));
      }),
    );
  });

  it('agrees with balanceOf and with balances summed by the database', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 10 }), (entries) => {
        const lines = entries.flat();
        const balances = trialBalance(chart, lines);
        for (const b of balances) expect(balanceOf(chart, lines, b.account)).toBe(naturalBalance(chart, b));
        // The database returns sums as strings (bigint) and omits accounts that never moved.
        const sums = balances
          .filter((b) => b.debitCents + b.creditCents > 0)
          .map((b) => ({ account: b.account, debitCents: String(b.debitCents), creditCents: b.creditCents }));
        expect(balancesFromSums(chart, sums)).toEqual(balances);
      }),
    );
  });
});

describe('naturalBalance', () => {
  it('reads debit-natured accounts as debits minus credits and the others the other way', () => {
    for (const a of chart.accounts) {
      const sign = chart.nature[a] === 'debit' ? 1 : -1;
      expect(naturalBalance(chart, { account: a, debitCents: 700, creditCents: 200 })).toBe(sign * 500);
    }
  });
});
