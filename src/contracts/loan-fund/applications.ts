/** Loan applications: filed for a person my organization follows, read, listed and decided. */
import { z } from 'zod';
import { defineRoute, idParam, paged, pageQuery } from '../define.js';
import { optionalText, pastDate, text } from '../primitives.js';
import { applicationStatuses, cents, fundIdParam, loanPurposes } from './shared.js';

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

export const applicationView = z.object({
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
