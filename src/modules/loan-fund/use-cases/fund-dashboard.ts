import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { dashboardFromProjection } from '../adapters/dashboard-repository.js';
import { ledgerRepository } from '../adapters/ledger-repository.js';
import { loanFactsOfFund } from '../adapters/portfolio-repository.js';
import { monthEndSeries } from '../domain/fund-series.js';
import { type LedgerAccount, naturalBalance, trialBalance } from '../domain/ledger.js';
import { portfolioFigures } from '../domain/portfolio.js';
import { requireFundCapability } from './fund-access.js';
import { fundTodayOf } from './settle-status.js';

/**
 * The fund's figures on a date. Balances are sums of journal lines; rates come from the schedules and
 * the allocations. Aggregates only: no names. When no movement is dated after `asOf` (today's
 * dashboard), they are read from the projections the writes keep in their transaction (migration 0082:
 * each loan's books recomputed from its records, the journal's month totals); for an earlier date,
 * from the records. Both give the same figures (fund-dashboard-projection.test.ts).
 */
export const fundDashboard = defineUseCase(
  z.object({ fundId: z.uuid(), asOf: z.iso.date().optional() }),
  async ({ input, ctx, trx, now }) => {
    const actor = requireActor(ctx);
    const { fund } = await requireFundCapability(trx, actor, input.fundId, 'figures');
    const asOf = input.asOf ?? (await fundTodayOf(trx, fund, now));
    const { monthly, figures } =
      (await dashboardFromProjection(trx, fund.id, asOf)) ?? (await fromRecords(trx, fund.id, asOf));
    const balances = trialBalance(
      monthly.map((m) => ({
        account: m.account,
        loanId: null,
        debitCents: m.debitCents,
        creditCents: m.creditCents,
      })),
    );
    const movements = monthly.map((m) => ({
      month: m.month,
      account: m.account,
      netDebitCents: m.debitCents - m.creditCents,
    }));
    const balance = (account: LedgerAccount) => {
      const b = balances.find((x) => x.account === account);
      return b ? naturalBalance(b) : 0;
    };
    const cash = balance('fund_cash');
    const receivable = balance('loans_receivable');
    return {
      asOf,
      currency: fund.currency,
      cashCents: cash,
      contributedCapitalCents: balance('contributed_capital'),
      loansPayableCents: balance('loans_payable'),
      netIncomeCents: balance('interest_income') + balance('fee_income') - balance('write_off_expense'),
      fundSizeCents: cash + receivable,
      ...figures,
      // The journal's receivable is the authority; the per-loan sum only counts loans being repaid.
      outstandingPrincipalCents: receivable,
      series: monthEndSeries(movements, asOf.slice(0, 7)),
    };
  },
);

/** The figures as the records give them, for any date: the reference the projections must equal. */
export async function fromRecords(db: Executor, fundId: string, asOf: string) {
  const [monthly, facts] = await Promise.all([
    ledgerRepository(db).monthlyTotals(fundId, asOf),
    loanFactsOfFund(db, fundId, asOf),
  ]);
  return { monthly, figures: portfolioFigures(facts) };
}
