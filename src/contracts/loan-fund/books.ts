/** The fund's figures and books: the dashboard, the trial balance, the journal for the accountant. */
import { z } from 'zod';
import { agingBuckets } from '../../modules/loan-fund/domain/arrears.js';
import { ledgerAccounts } from '../../modules/loan-fund/domain/ledger.js';
import { loanStatuses } from '../../modules/loan-fund/domain/portfolio.js';
import { defineRoute, isoDate } from '../define.js';
import { endsAfterStart } from '../primitives.js';
import { fundIdParam } from './shared.js';

const ratio = z.object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable() });
export const asOfQuery = z.object({ asOf: isoDate.optional() });

export const fundDashboard = z.object({
  asOf: z.string(),
  currency: z.string(),
  cashCents: z.number().int(),
  contributedCapitalCents: z.number().int(),
  loansPayableCents: z.number().int(),
  netIncomeCents: z.number().int(),
  /** Cash plus loans outstanding: what the fund is worth to its community. */
  fundSizeCents: z.number().int(),
  amountLentCents: z.number().int(),
  outstandingPrincipalCents: z.number().int(),
  loansByStatus: z.record(z.enum(loanStatuses), z.number().int()),
  repaymentRate: ratio,
  loansRepaidRate: ratio,
  portfolioAtRisk30: ratio,
  aging: z.array(
    z.object({
      bucket: z.enum(agingBuckets),
      loans: z.number().int(),
      outstandingPrincipalCents: z.number().int(),
    }),
  ),
  borrowersPerYear: z.array(
    z.object({
      year: z.number().int(),
      borrowers: z.number().int(),
      loans: z.number().int(),
      amountLentCents: z.number().int(),
    }),
  ),
  /** Month-end balances from the journal, for the chart. */
  series: z.array(
    z.object({
      month: z.string(),
      cashCents: z.number().int(),
      outstandingCents: z.number().int(),
      fundSizeCents: z.number().int(),
    }),
  ),
});
export const fundDashboardRoute = defineRoute({
  operationId: 'fundDashboard',
  method: 'GET',
  path: '/api/loan-funds/:id/dashboard',
  policy: 'session',
  summary: "The fund's figures, every one computed from its journal and its loans' schedules",
  tags: ['loan fund'],
  params: fundIdParam,
  query: asOfQuery,
  response: fundDashboard,
});

export const trialBalance = z.object({
  asOf: z.string(),
  currency: z.string(),
  accounts: z.array(
    z.object({
      account: z.enum(ledgerAccounts),
      debitCents: z.number().int(),
      creditCents: z.number().int(),
      balanceCents: z.number().int(),
    }),
  ),
  totalDebitCents: z.number().int(),
  totalCreditCents: z.number().int(),
});
export const trialBalanceRoute = defineRoute({
  operationId: 'trialBalance',
  method: 'GET',
  path: '/api/loan-funds/:id/trial-balance',
  policy: 'session',
  summary: 'Debits and credits per account up to a date; the totals are equal',
  tags: ['loan fund'],
  params: fundIdParam,
  query: asOfQuery,
  response: trialBalance,
});
export const ledgerExportRoute = defineRoute({
  operationId: 'ledgerExport',
  method: 'GET',
  path: '/api/loan-funds/:id/ledger.csv',
  policy: 'session',
  summary: 'Every journal line of a period as CSV, one row per line, for the accountant',
  tags: ['loan fund'],
  params: fundIdParam,
  query: z
    .object({ from: isoDate.optional(), to: isoDate.optional() })
    .refine(...endsAfterStart('from', 'to')),
  response: z.string(),
});
