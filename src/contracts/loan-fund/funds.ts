/** Funds, their products, the closing of their books, and the capital they receive. */
import { z } from 'zod';
import { contributionKinds } from '../../modules/loan-fund/domain/ledger.js';
import { defineRoute, isoDate, paged, pageQuery } from '../define.js';
import { optionalText, pastDate, plainText, text } from '../primitives.js';
import { capabilities, cents, centsOrZero, fundIdParam, loanPurposes } from './shared.js';

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
