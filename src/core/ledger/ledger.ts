/**
 * Double-entry bookkeeping shared by the modules that keep money (loan fund, relocation aid): pure
 * functions generic over a module's own chart of accounts. Each module keeps its journal in its own
 * tables; what is generic is the rule that every entry balances, how an entry is reversed (never
 * edited), and how balances are read from lines. Amounts are integer cents.
 */

/** Assets and expenses carry debit balances; liabilities, capital (funds) and income carry credit balances. */
export type AccountNature = 'debit' | 'credit';

/** A module's chart: its accounts in display order, each with its nature. */
export interface ChartOfAccounts<A extends string> {
  readonly accounts: readonly A[];
  readonly nature: Readonly<Record<A, AccountNature>>;
}

/** The chart of a module, its accounts listed in the order of `nature`'s keys. */
export function chartOfAccounts<A extends string>(nature: Record<A, AccountNature>): ChartOfAccounts<A> {
  return { accounts: Object.keys(nature) as A[], nature };
}

/** One line of an entry: one positive amount on one side of one account (modules add their own fields). */
export interface LedgerLine<A extends string = string> {
  account: A;
  debitCents: number;
  creditCents: number;
}

export interface AccountBalance<A extends string = string> {
  account: A;
  debitCents: number;
  creditCents: number;
}

export class UnbalancedEntryError extends Error {}

/** Every movement is a set of lines whose debits equal its credits; anything else is a programming error. */
export function assertBalanced(lines: readonly LedgerLine[]): void {
  let debit = 0;
  let credit = 0;
  for (const l of lines) {
    const oneSided = (l.debitCents === 0) !== (l.creditCents === 0);
    if (
      !Number.isSafeInteger(l.debitCents) ||
      !Number.isSafeInteger(l.creditCents) ||
      l.debitCents < 0 ||
      l.creditCents < 0 ||
      !oneSided
    ) {
      throw new UnbalancedEntryError(`line on ${l.account} must carry one positive amount`);
    }
    debit += l.debitCents;
    credit += l.creditCents;
  }
  if (lines.length < 2 || debit !== credit || !Number.isSafeInteger(debit))
    throw new UnbalancedEntryError(`debits ${debit} ≠ credits ${credit}`);
}

/** A debit line on the account, with the module's own fields (a loan, a request…) when it has some. */
export function debitLine<A extends string, E extends object = Record<never, never>>(
  account: A,
  cents: number,
  extra?: E,
): LedgerLine<A> & E {
  return { account, ...(extra as E), debitCents: cents, creditCents: 0 };
}

/** A credit line on the account, with the module's own fields when it has some. */
export function creditLine<A extends string, E extends object = Record<never, never>>(
  account: A,
  cents: number,
  extra?: E,
): LedgerLine<A> & E {
  return { account, ...(extra as E), debitCents: 0, creditCents: cents };
}

/** A wrong entry is never edited or deleted: the compensating entry swaps its debits and credits. */
export function reversalOf<L extends LedgerLine>(lines: readonly L[]): L[] {
  return lines.map((l) => ({ ...l, debitCents: l.creditCents, creditCents: l.debitCents }));
}

/** Balance in the account's own direction: positive cash, positive capital. */
export function naturalBalance<A extends string>(chart: ChartOfAccounts<A>, b: AccountBalance<A>): number {
  return chart.nature[b.account] === 'debit' ? b.debitCents - b.creditCents : b.creditCents - b.debitCents;
}

/**
 * Sums lines per account, every account of the chart listed (at zero when nothing moved); its debits
 * and credits are equal when every entry balanced. A line on an account outside the chart is an error.
 */
export function trialBalance<A extends string>(
  chart: ChartOfAccounts<A>,
  lines: readonly LedgerLine<A>[],
): AccountBalance<A>[] {
  const totals = new Map<A, AccountBalance<A>>(
    chart.accounts.map((account) => [account, { account, debitCents: 0, creditCents: 0 }]),
  );
  for (const l of lines) {
    const t = totals.get(l.account);
    if (!t) throw new UnbalancedEntryError(`unknown account ${l.account}`);
    t.debitCents += l.debitCents;
    t.creditCents += l.creditCents;
  }
  return [...totals.values()];
}

/** The natural balance of one account over these lines. */
export function balanceOf<A extends string>(
  chart: ChartOfAccounts<A>,
  lines: readonly LedgerLine<A>[],
  account: A,
): number {
  let debit = 0;
  let credit = 0;
  for (const l of lines) {
    if (l.account !== account) continue;
    debit += l.debitCents;
    credit += l.creditCents;
  }
  return naturalBalance(chart, { account, debitCents: debit, creditCents: credit });
}

/**
 * Balances read from the database (per account sums, possibly missing accounts that never moved) as
 * the chart's full list, in its order.
 */
export function balancesFromSums<A extends string>(
  chart: ChartOfAccounts<A>,
  sums: readonly {
    account: string;
    debitCents: number | string | bigint;
    creditCents: number | string | bigint;
  }[],
): AccountBalance<A>[] {
  const byAccount = new Map(sums.map((s) => [s.account, s]));
  return chart.accounts.map((account) => ({
    account,
    debitCents: Number(byAccount.get(account)?.debitCents ?? 0),
    creditCents: Number(byAccount.get(account)?.creditCents ?? 0),
  }));
}
