import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { ledgerRepository } from '../adapters/ledger-repository.js';
import { loanFactsOfFund } from '../adapters/portfolio-repository.js';
import { monthEndSeries } from '../domain/fund-series.js';
import { type LedgerAccount, naturalBalance, trialBalance } from '../domain/ledger.js';
import { portfolioFigures } from '../domain/portfolio.js';
import { requireFundCapability } from './fund-access.js';
import { todayOf } from './settle-status.js';

/**
 * The fund's figures on a date. Balances are sums of journal lines; rates come from the schedules and
 * the allocations; nothing is stored as a total that could drift. Aggregates only: no names.
 */
export const fundDashboard = defineUseCase(
  z.object({ fundId: z.uuid(), asOf: z.iso.date().optional() }),
  async ({ input, ctx, trx, now }) => {
    const actor = requireActor(ctx);
    const { fund } = await requireFundCapability(trx, actor, input.fundId, 'figures');
    const asOf = input.asOf ?? todayOf(now);
    const ledger = ledgerRepository(trx);
    const [monthly, facts] = await Promise.all([
      ledger.monthlyTotals(fund.id, asOf),
      loanFactsOfFund(trx, fund.id, asOf),
    ]);
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
    const figures = portfolioFigures(facts);
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
