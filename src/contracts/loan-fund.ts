import { z } from 'zod';
import { agingBuckets } from '../modules/loan-fund/domain/arrears.js';
import { contributionKinds, ledgerAccounts } from '../modules/loan-fund/domain/ledger.js';
import { loanStatuses } from '../modules/loan-fund/domain/portfolio.js';
import { defineRoute, idParam, isoDate, paged, pageQuery } from './define.js';
import { endsAfterStart, optionalText, pastDate, plainText, plannedDate, text } from './primitives.js';

/** What a re-credentialing loan may pay for (Louisville: course and exam fees, and wraparound support). */
export const loanPurposes = [
  'exam_fee',
  'course',
  'translation',
  'credential_evaluation',
  'licensing_fee',
  'tools_equipment',
  'rent',
  'child_care',
  'transport',
  'other',
] as const;
export const applicationStatuses = ['submitted', 'approved', 'declined', 'withdrawn'] as const;
export const paymentMethods = [
  'cash',
  'check',
  'bank_transfer',
  'card',
  'payroll_deduction',
  'other',
] as const;

/** Integer cents, never a float: 2000 dollars is 200000. */
const cents = z.number().int().min(1).max(100_000_000_000);
const centsOrZero = z.number().int().min(0).max(100_000_000_000);
const fundIdParam = z.object({ id: z.uuid() });

export const productInput = z.object({
  name: text(120),
  maxAmountCents: cents,
  maxTermMonths: z.number().int().min(1).max(600),
  annualRateBps: z.number().int().min(0).max(10_000),
  graceMonths: z.number().int().min(0).max(24),
  originationFeeCents: centsOrZero,
  eligiblePurposes: z.array(z.enum(loanPurposes)).min(1),
});
const product = productInput.extend({ id: z.uuid(), active: z.boolean() });

const capabilities = z.object({
  /** Create products, record contributions, decide, restructure, write off. */
  manage: z.boolean(),
  /** Disburse, record and reverse payments, read the ledger. */
  service: z.boolean(),
  /** File applications for people my organization follows. */
  file: z.boolean(),
  /** Read the dashboard's figures. */
  figures: z.boolean(),
});

const fundSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  currency: z.string(),
  operatorOrganizationId: z.uuid(),
  operatorName: z.string(),
  can: capabilities,
});

export const fundDetail = fundSummary.extend({
  description: z.string().nullable(),
  /** Entries are never dated before it (nor before 1900). */
  startedOn: z.string().nullable(),
  /** The books are closed through this day: no entry may be dated on or before it. */
  closedThrough: z.string().nullable(),
  participatingOrganizations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  products: z.array(product),
});

export const createFundBody = z.object({
  name: text(200),
  currency: plainText().regex(/^[A-Z]{3}$/),
  description: optionalText(2000),
  participatingOrganizationIds: z.array(z.uuid()).max(100).default([]),
  /** The first day the fund's books may be dated (capital received, loans); none before 1900. */
  startedOn: isoDate.nullish(),
});

export const listFundsRoute = defineRoute({
  operationId: 'listFunds',
  method: 'GET',
  path: '/api/loan-funds',
  policy: 'session',
  summary: 'Loan funds my organization operates or takes part in',
  tags: ['loan fund'],
  response: z.object({ items: z.array(fundSummary) }),
});
export const createFundRoute = defineRoute({
  operationId: 'createFund',
  method: 'POST',
  path: '/api/loan-funds',
  policy: 'session',
  summary: 'Open a loan fund operated by my organization',
  tags: ['loan fund'],
  body: createFundBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});
export const getFundRoute = defineRoute({
  operationId: 'getFund',
  method: 'GET',
  path: '/api/loan-funds/:id',
  policy: 'session',
  summary: 'A fund with its products, participants and what I may do in it',
  tags: ['loan fund'],
  params: fundIdParam,
  response: fundDetail,
});
export const addProductRoute = defineRoute({
  operationId: 'addProduct',
  method: 'POST',
  path: '/api/loan-funds/:id/products',
  policy: 'session',
  summary: 'Add a loan product (maximum, term, rate, grace, fee, purposes)',
  tags: ['loan fund'],
  params: fundIdParam,
  body: productInput,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const closePeriodBody = z.object({
  /** The last day of the closed period, e.g. a month end: nothing may then be dated on or before it. */
  closedThrough: pastDate('The last day of the closed period'),
});
export const closePeriodRoute = defineRoute({
  operationId: 'closePeriod',
  method: 'POST',
  path: '/api/loan-funds/:id/period-closing',
  policy: 'session',
  summary: "Close the fund's books through a day: no entry may then be dated on or before it",
  tags: ['loan fund'],
  params: fundIdParam,
  body: closePeriodBody,
  response: z.object({ closedThrough: z.string() }),
});

export const contributionInput = z.object({
  kind: z.enum(contributionKinds),
  contributor: text(200),
  amountCents: cents,
  receivedOn: pastDate('The day the capital was received'),
  note: optionalText(1000),
});
const contribution = contributionInput.extend({
  id: z.uuid(),
  note: z.string().nullable(),
  receivedOn: z.string(),
});
export const recordContributionRoute = defineRoute({
  operationId: 'recordContribution',
  method: 'POST',
  path: '/api/loan-funds/:id/contributions',
  policy: 'session',
  summary: 'Record capital received by the fund (grant, donation, loan to the fund)',
  tags: ['loan fund'],
  params: fundIdParam,
  body: contributionInput,
  response: z.object({ id: z.uuid(), journalEntryId: z.uuid() }),
  successStatus: 201,
});
export const listContributionsRoute = defineRoute({
  operationId: 'listContributions',
  method: 'GET',
  path: '/api/loan-funds/:id/contributions',
  policy: 'session',
  summary: 'Capital received by the fund, newest first',
  tags: ['loan fund'],
  params: fundIdParam,
  query: pageQuery,
  response: paged(contribution),
});

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

const costInput = z.object({
  purpose: z.enum(loanPurposes),
  description: text(300),
  amountCents: cents,
  /** Who is paid: an exam board, a school; empty when the borrower is. */
  payee: optionalText(200),
});
export const fileApplicationBody = z.object({
  fundId: z.uuid(),
  productId: z.uuid(),
  personId: z.uuid(),
  termMonths: z.number().int().min(1).max(600),
  costs: z.array(costInput).min(1).max(20),
  /** The plan step or credential pathway these costs serve, in words until plans exist. */
  planReference: optionalText(300),
  filedOn: pastDate('The filing date').optional(),
});

const applicationView = z.object({
  id: z.uuid(),
  reference: z.string(),
  fundId: z.uuid(),
  productId: z.uuid(),
  productName: z.string(),
  personId: z.uuid(),
  borrowerName: z.string(),
  requestedCents: z.number().int(),
  termMonths: z.number().int(),
  costs: z.array(costInput.extend({ payee: z.string().nullable() })),
  planReference: z.string().nullable(),
  status: z.enum(applicationStatuses),
  filedOn: z.string(),
  filedByName: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decisionReasons: z.string().nullable(),
  committeeMembers: z.array(z.string()),
  approvedCents: z.number().int().nullable(),
  loanId: z.uuid().nullable(),
});
export type ApplicationView = z.infer<typeof applicationView>;

export const fileApplicationRoute = defineRoute({
  operationId: 'fileApplication',
  method: 'POST',
  path: '/api/loan-applications',
  policy: 'session',
  summary: 'File a loan application for a person my organization follows',
  tags: ['loan fund'],
  body: fileApplicationBody,
  response: applicationView,
  successStatus: 201,
});
export const getApplicationRoute = defineRoute({
  operationId: 'getApplication',
  method: 'GET',
  path: '/api/loan-applications/:id',
  policy: 'session',
  summary: 'A loan application with its decision',
  tags: ['loan fund'],
  params: idParam,
  response: applicationView,
});
export const listApplicationsQuery = pageQuery.extend({ status: z.enum(applicationStatuses).optional() });
export const listApplicationsRoute = defineRoute({
  operationId: 'listApplications',
  method: 'GET',
  path: '/api/loan-funds/:id/applications',
  policy: 'session',
  summary: "The fund's applications, oldest waiting first",
  tags: ['loan fund'],
  params: fundIdParam,
  query: listApplicationsQuery,
  response: paged(applicationView),
});

export const decisionBody = z
  .object({
    outcome: z.enum(['approve', 'decline']),
    /** The amount approved, which may differ from the request; required to approve. */
    approvedCents: cents.optional(),
    reasons: text(2000),
    committeeMembers: z.array(text(120)).max(20).default([]),
    decidedOn: pastDate('The decision date').optional(),
  })
  .refine((d) => d.outcome === 'decline' || d.approvedCents !== undefined, {
    path: ['approvedCents'],
    message: 'An approval states the amount approved',
  });
export const decideApplicationRoute = defineRoute({
  operationId: 'decideApplication',
  method: 'POST',
  path: '/api/loan-applications/:id/decision',
  policy: 'session',
  summary: 'Approve (possibly a different amount) or decline, with reasons and the committee present',
  tags: ['loan fund'],
  params: idParam,
  body: decisionBody,
  response: applicationView,
});

export const schedulePreviewBody = z.object({
  productId: z.uuid(),
  principalCents: cents,
  termMonths: z.number().int().min(1).max(600),
  startOn: plannedDate('The start of the loan'),
});
const installmentPreview = z.object({
  number: z.number().int(),
  dueOn: z.string(),
  principalCents: z.number().int(),
  interestCents: z.number().int(),
  feeCents: z.number().int(),
  totalCents: z.number().int(),
});
export const schedulePreviewRoute = defineRoute({
  operationId: 'schedulePreview',
  method: 'POST',
  path: '/api/loan-funds/:id/schedule-preview',
  policy: 'session',
  summary: 'The repayment schedule a product would give, before anything is filed',
  tags: ['loan fund'],
  params: fundIdParam,
  body: schedulePreviewBody,
  response: z.object({ installments: z.array(installmentPreview), totalCents: z.number().int() }),
});

const installmentView = installmentPreview.extend({
  id: z.uuid(),
  paidCents: z.number().int(),
  remainingCents: z.number().int(),
  state: z.enum(['paid', 'partly_paid', 'due', 'late', 'upcoming']),
});
const paymentView = z.object({
  id: z.uuid(),
  amountCents: z.number().int(),
  receivedOn: z.string(),
  method: z.enum(paymentMethods),
  recordedByName: z.string().nullable(),
  reversedOn: z.string().nullable(),
  reversalReason: z.string().nullable(),
  allocations: z.array(
    z.object({
      installmentNumber: z.number().int().nullable(),
      component: z.enum(['fee', 'interest', 'principal', 'credit']),
      amountCents: z.number().int(),
    }),
  ),
});
export const loanDetail = z.object({
  id: z.uuid(),
  reference: z.string(),
  fundId: z.uuid(),
  fundName: z.string(),
  currency: z.string(),
  applicationId: z.uuid(),
  personId: z.uuid(),
  borrowerName: z.string(),
  productName: z.string(),
  status: z.enum(loanStatuses),
  principalCents: z.number().int(),
  annualRateBps: z.number().int(),
  termMonths: z.number().int(),
  graceMonths: z.number().int(),
  originationFeeCents: z.number().int(),
  approvedOn: z.string(),
  closedOn: z.string().nullable(),
  /** From the journal. */
  disbursedCents: z.number().int(),
  outstandingPrincipalCents: z.number().int(),
  creditCents: z.number().int(),
  /** From the schedule in force and the payments allocated to it. */
  pastDueCents: z.number().int(),
  daysPastDue: z.number().int(),
  /** null when the loan is not being repaid (not paid out, repaid, written off): it has no arrears. */
  agingBucket: z.enum(agingBuckets).nullable(),
  remainingToPayCents: z.number().int(),
  nextInstallment: installmentView.nullable(),
  scheduleVersion: z.number().int(),
  schedule: z.array(installmentView),
  scheduleHistory: z.array(
    z.object({
      version: z.number().int(),
      reason: z.string(),
      effectiveOn: z.string(),
      termMonths: z.number().int(),
      note: z.string().nullable(),
    }),
  ),
  disbursements: z.array(
    z.object({
      id: z.uuid(),
      tranche: z.number().int(),
      amountCents: z.number().int(),
      payeeKind: z.enum(['borrower', 'vendor']),
      payeeName: z.string(),
      purpose: z.string(),
      paidOn: z.string(),
    }),
  ),
  payments: z.array(paymentView),
  events: z.array(
    z.object({ occurredOn: z.string(), kind: z.string(), details: z.record(z.string(), z.unknown()) }),
  ),
  can: capabilities,
});
export type LoanDetail = z.infer<typeof loanDetail>;

export const getLoanRoute = defineRoute({
  operationId: 'getLoan',
  method: 'GET',
  path: '/api/loans/:id',
  policy: 'session',
  summary: 'A loan: terms, schedule in force with what is paid, payments and their allocation, balances',
  tags: ['loan fund'],
  params: idParam,
  response: loanDetail,
});

const loanRow = z.object({
  id: z.uuid(),
  reference: z.string(),
  personId: z.uuid(),
  borrowerName: z.string(),
  status: z.enum(loanStatuses),
  principalCents: z.number().int(),
  outstandingPrincipalCents: z.number().int(),
  daysPastDue: z.number().int(),
  /** null when the loan is not being repaid (not paid out, repaid, written off): it has no arrears. */
  agingBucket: z.enum(agingBuckets).nullable(),
  nextDueOn: z.string().nullable(),
});
export const listLoansQuery = pageQuery.extend({
  status: z.enum(loanStatuses).optional(),
  bucket: z.enum(agingBuckets).optional(),
  asOf: isoDate.optional(),
});
export const listLoansRoute = defineRoute({
  operationId: 'listLoans',
  method: 'GET',
  path: '/api/loan-funds/:id/loans',
  policy: 'session',
  summary: "The fund's loans with their arrears, most days past due first",
  tags: ['loan fund'],
  params: fundIdParam,
  query: listLoansQuery,
  response: paged(loanRow),
});

export const disbursementBody = z.object({
  amountCents: cents,
  payeeKind: z.enum(['borrower', 'vendor']),
  payeeName: text(200),
  purpose: text(300),
  paidOn: pastDate('The disbursement date'),
  /** For the first tranche: when the first installment falls due (default: one month after, plus grace). */
  firstDueOn: plannedDate('The first due date').optional(),
});
export const disburseRoute = defineRoute({
  operationId: 'disburse',
  method: 'POST',
  path: '/api/loans/:id/disbursements',
  policy: 'session',
  summary: 'Pay out a tranche to the borrower or to a vendor; the first one sets the schedule',
  tags: ['loan fund'],
  params: idParam,
  body: disbursementBody,
  response: loanDetail,
  successStatus: 201,
});

export const paymentBody = z.object({
  /** Chosen by the client once per payment: sending it again returns the same payment, never a second one. */
  idempotencyKey: text(100).min(8),
  amountCents: cents,
  receivedOn: pastDate('The day the payment was received'),
  method: z.enum(paymentMethods),
});
export const recordPaymentRoute = defineRoute({
  operationId: 'recordPayment',
  method: 'POST',
  path: '/api/loans/:id/payments',
  policy: 'session',
  summary: 'Record a repayment; it is allocated to fees, interest, then principal, oldest installment first',
  tags: ['loan fund'],
  params: idParam,
  body: paymentBody,
  response: loanDetail.extend({ paymentId: z.uuid(), replayed: z.boolean() }),
  successStatus: 201,
});

export const paymentParams = z.object({ id: z.uuid(), paymentId: z.uuid() });
export const reversalBody = z.object({ reason: text(500), reversedOn: pastDate('The reversal date') });
export const reversePaymentRoute = defineRoute({
  operationId: 'reversePayment',
  method: 'POST',
  path: '/api/loans/:id/payments/:paymentId/reversal',
  policy: 'session',
  summary: 'Cancel a wrong payment with a compensating entry (nothing is deleted)',
  tags: ['loan fund'],
  params: paymentParams,
  body: reversalBody,
  response: loanDetail,
});

export const restructureBody = z.object({
  termMonths: z.number().int().min(1).max(600),
  annualRateBps: z.number().int().min(0).max(10_000).optional(),
  firstDueOn: plannedDate('The first due date'),
  effectiveOn: plannedDate('The day the new schedule takes effect'),
  note: text(1000),
});
export const restructureRoute = defineRoute({
  operationId: 'restructure',
  method: 'POST',
  path: '/api/loans/:id/restructuring',
  policy: 'session',
  summary: 'Replace the schedule for what remains owed; the former schedule is kept',
  tags: ['loan fund'],
  params: idParam,
  body: restructureBody,
  response: loanDetail,
});

export const writeOffBody = z.object({ writtenOffOn: pastDate('The write-off date'), reason: text(1000) });
export const writeOffRoute = defineRoute({
  operationId: 'writeOff',
  method: 'POST',
  path: '/api/loans/:id/write-off',
  policy: 'session',
  summary: 'Write off the principal still owed',
  tags: ['loan fund'],
  params: idParam,
  body: writeOffBody,
  response: loanDetail,
});

export const creditRefundBody = z.object({ amountCents: cents, refundedOn: pastDate('The refund date') });
export const refundCreditRoute = defineRoute({
  operationId: 'refundCredit',
  method: 'POST',
  path: '/api/loans/:id/credit-refund',
  policy: 'session',
  summary: 'Give back to the borrower what they paid beyond what they owed',
  tags: ['loan fund'],
  params: idParam,
  body: creditRefundBody,
  response: loanDetail,
});

export const agreementRoute = defineRoute({
  operationId: 'agreement',
  method: 'GET',
  path: '/api/loans/:id/agreement.pdf',
  policy: 'session',
  summary: 'The loan agreement with the schedule in force, as PDF, in French or English',
  tags: ['loan fund'],
  params: idParam,
  query: z.object({ locale: z.enum(['fr', 'en']).optional() }),
  response: z.string(),
});

export const personLoansRoute = defineRoute({
  operationId: 'personLoans',
  method: 'GET',
  path: '/api/people/:id/loans',
  policy: 'session',
  summary: "A person's loan applications and loans, as the borrower sees them",
  tags: ['loan fund'],
  params: idParam,
  response: z.object({
    applications: z.array(applicationView),
    loans: z.array(
      loanRow.extend({
        fundName: z.string(),
        currency: z.string(),
        remainingToPayCents: z.number().int(),
        nextInstallmentCents: z.number().int().nullable(),
      }),
    ),
    /** Funds this person's organization may file applications to, with their products. */
    funds: z.array(fundDetail),
  }),
});
