/**
 * Loans: the schedule a product would give, a loan with its schedule, payments and balances, the
 * fund's list of loans, and what staff do to a loan (pay out, record and reverse payments,
 * restructure, write off, refund a credit); the agreement; a person's applications and loans.
 */
import { z } from 'zod';
import { agingBuckets } from '../../modules/loan-fund/domain/arrears.js';
import { loanStatuses } from '../../modules/loan-fund/domain/portfolio.js';
import { defineRoute, idParam, isoDate, paged, pageQuery } from '../define.js';
import { fromMergedFile } from '../merged-file.js';
import { pastDate, plannedDate, text } from '../primitives.js';
import { applicationView } from './applications.js';
import { fundDetail } from './funds.js';
import { capabilities, cents, fundIdParam, paymentMethods } from './shared.js';

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
    applications: z.array(applicationView.extend({ fromMergedFile })),
    loans: z.array(
      loanRow.extend({
        fundName: z.string(),
        currency: z.string(),
        remainingToPayCents: z.number().int(),
        nextInstallmentCents: z.number().int().nullable(),
        fromMergedFile,
      }),
    ),
    /** Funds this person's organization may file applications to, with their products. */
    funds: z.array(fundDetail),
  }),
});
