import { z } from 'zod';
import { aidAccounts, aidEntryKinds } from '../modules/relocation-aid/domain/aid-ledger.js';
import {
  aidPurposes,
  assessmentReasons,
  costKinds,
  householdCeilingPeriods,
  paymentMethods,
  quebecRegionCodes,
  refusalReasons,
  requestStatuses,
} from '../modules/relocation-aid/domain/vocabulary.js';
import { defineRoute, idParam } from './define.js';
import { optionalText, pastDate, plannedDate, text } from './primitives.js';

export {
  aidAccounts,
  aidEntryKinds,
  aidPurposes,
  assessmentReasons,
  costKinds,
  householdCeilingPeriods,
  paymentMethods,
  quebecRegionCodes,
  refusalReasons,
  requestStatuses,
};

/**
 * Relocation aid (docs/relocation-aid.md): money for the trips of exploratory stays and for the move,
 * under a program's rules kept as data; a request on a person's file, decided and paid by the
 * program's owner out of the budget of the year, whose journal is double-entry (src/core/ledger).
 */
const cents = z.number().int().min(0).max(100_000_000_00);
const positiveCents = z.number().int().min(1).max(100_000_000_00);
const programIdParam = z.object({ id: z.uuid() });

export const aidRulesBody = z.object({
  effectiveFrom: plannedDate('The day the rules apply from'),
  eligibleKinds: z.array(z.enum(costKinds)).min(1).max(costKinds.length),
  tripCeilingCents: cents.nullable(),
  moveCeilingCents: cents.nullable(),
  householdCeilingCents: cents.nullable(),
  householdCeilingPeriod: z.enum(householdCeilingPeriods).default('program_year'),
  maxTripsPerHousehold: z.number().int().min(0).max(20).nullable(),
  reimbursedPercent: z.number().int().min(0).max(100).default(100),
  receiptRequiredAboveCents: cents.default(0),
});

export const aidRuleVersionView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  effectiveFrom: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  eligibleKinds: z.array(z.enum(costKinds)),
  tripCeilingCents: z.number().nullable(),
  moveCeilingCents: z.number().nullable(),
  householdCeilingCents: z.number().nullable(),
  householdCeilingPeriod: z.enum(householdCeilingPeriods),
  maxTripsPerHousehold: z.number().nullable(),
  reimbursedPercent: z.number(),
  receiptRequiredAboveCents: z.number(),
});

export const listAidRulesRoute = defineRoute({
  operationId: 'listAidRules',
  method: 'GET',
  path: '/api/programs/:id/relocation-aid/rules',
  policy: 'session',
  summary: "The versions of a program's relocation aid rules, newest first (members and owner)",
  tags: ['relocation aid'],
  params: programIdParam,
  response: z.object({ items: z.array(aidRuleVersionView), canEdit: z.boolean() }),
});

export const addAidRulesRoute = defineRoute({
  operationId: 'addAidRules',
  method: 'POST',
  path: '/api/programs/:id/relocation-aid/rules',
  policy: 'session',
  summary:
    'A new version of the rules from a day (today or later, after the latest): past decisions unchanged',
  tags: ['relocation aid'],
  params: programIdParam,
  body: aidRulesBody,
  response: z.object({ id: z.uuid(), version: z.number().int() }),
  successStatus: 201,
});

export const aidAllocationBody = z.object({
  year: z.number().int().min(2000).max(2100),
  funder: text(200).describe('Who allocated the money (a funder, a program line)'),
  amountCents: positiveCents,
  allocatedOn: pastDate('The day of the allocation'),
});

export const recordAidAllocationRoute = defineRoute({
  operationId: 'recordAidAllocation',
  method: 'POST',
  path: '/api/programs/:id/relocation-aid/allocations',
  policy: 'session',
  summary: "An allocation to the program's aid budget of a year (the budget is opened by its first)",
  tags: ['relocation aid'],
  params: programIdParam,
  body: aidAllocationBody,
  response: z.object({ budgetId: z.uuid(), allocationId: z.uuid() }),
  successStatus: 201,
});

const balanceView = z.object({
  account: z.enum(aidAccounts),
  debitCents: z.number(),
  creditCents: z.number(),
  balanceCents: z.number(),
});
export const aidBudgetView = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  year: z.number().int(),
  position: z.object({
    allocatedCents: z.number(),
    cashCents: z.number(),
    committedCents: z.number(),
    paidCents: z.number(),
    availableCents: z.number(),
  }),
  balances: z.array(balanceView),
  allocations: z.array(
    z.object({ id: z.uuid(), funder: z.string(), amountCents: z.number(), allocatedOn: z.string() }),
  ),
  journal: z.array(
    z.object({
      entryId: z.uuid(),
      sequence: z.number(),
      occurredOn: z.string(),
      kind: z.enum(aidEntryKinds),
      memo: z.string(),
      requestId: z.uuid().nullable(),
      reversesEntryId: z.uuid().nullable(),
      lines: z.array(
        z.object({ account: z.enum(aidAccounts), debitCents: z.number(), creditCents: z.number() }),
      ),
    }),
  ),
});
export type AidBudgetView = z.infer<typeof aidBudgetView>;

export const aidBudgetQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const readAidBudgetRoute = defineRoute({
  operationId: 'readAidBudget',
  method: 'GET',
  path: '/api/programs/:id/relocation-aid/budget',
  policy: 'session',
  summary: "The program's aid budget of a year: position, balances, allocations and every journal entry",
  tags: ['relocation aid'],
  params: programIdParam,
  query: aidBudgetQuery,
  response: aidBudgetView,
});

export const aidRequestLineBody = z.object({
  kind: z.enum(costKinds),
  description: optionalText(300),
  amountCents: positiveCents,
  receiptDocumentId: z.uuid().nullish().describe("A document of the person's file: the receipt"),
});

export const fileAidRequestBody = z.object({
  programId: z.uuid(),
  purpose: z.enum(aidPurposes),
  stayId: z.uuid().nullish().describe('The exploratory stay the trip is for (regions module)'),
  regionCountry: z.literal('CA').default('CA'),
  regionCode: z
    .enum(quebecRegionCodes)
    .nullish()
    .describe("Where the trip goes or the household moves; a stay's own region when a stay is named"),
  travellerPersonIds: z
    .array(z.uuid())
    .max(20)
    .default([])
    .describe("Other members of the person's household taking part (their files)"),
  dependantsCount: z.number().int().min(0).max(30).default(0),
  note: optionalText(2000),
  lines: z.array(aidRequestLineBody).min(1).max(30),
});

const assessedLineView = z.object({
  lineNo: z.number().int(),
  kind: z.enum(costKinds),
  description: z.string().nullable(),
  amountCents: z.number(),
  receiptDocumentId: z.uuid().nullable(),
  assessedCents: z.number().nullable(),
  reasons: z.array(z.enum(assessmentReasons)).nullable(),
  approvedCents: z.number().nullable(),
});

export const aidRequestView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  /** Who the person is: the filer's file; for the deciding owner, the name and household size only. */
  person: z.object({ givenName: z.string(), familyName: z.string() }).nullable(),
  householdSize: z.number().int(),
  dependantsCount: z.number().int(),
  travellerCount: z.number().int(),
  program: z.object({ id: z.uuid(), nameFr: z.string(), nameEn: z.string() }),
  organization: z.object({ id: z.uuid(), name: z.string() }),
  purpose: z.enum(aidPurposes),
  stayId: z.uuid().nullable(),
  regionCountry: z.string(),
  regionCode: z.string(),
  note: z.string().nullable(),
  status: z.enum(requestStatuses),
  filedOn: z.string(),
  askedCents: z.number(),
  /** What the rules allow now (submitted) or allowed when decided. */
  assessment: z.object({
    ruleVersion: z.number().int().nullable(),
    allowedCents: z.number(),
  }),
  lines: z.array(assessedLineView),
  decidedOn: z.string().nullable(),
  approvedCents: z.number().nullable(),
  refusalReason: z.enum(refusalReasons).nullable(),
  decisionNote: z.string().nullable(),
  payments: z.array(
    z.object({
      id: z.uuid(),
      amountCents: z.number(),
      paidOn: z.string(),
      method: z.enum(paymentMethods),
      reference: z.string().nullable(),
      reversedOn: z.string().nullable(),
      reversalReason: z.string().nullable(),
    }),
  ),
  /** What the reader's side may do now. */
  actions: z.array(z.enum(['decide', 'pay', 'reverse', 'withdraw'])),
});
export type AidRequestView = z.infer<typeof aidRequestView>;

export const personAidRequestsRoute = defineRoute({
  operationId: 'personAidRequests',
  method: 'GET',
  path: '/api/people/:id/relocation-aid',
  policy: 'session',
  summary: "The person's relocation aid requests, newest first",
  tags: ['relocation aid'],
  params: idParam,
  response: z.object({ items: z.array(aidRequestView) }),
});

export const fileAidRequestRoute = defineRoute({
  operationId: 'fileAidRequest',
  method: 'POST',
  path: '/api/people/:id/relocation-aid',
  policy: 'session',
  summary: 'File a relocation aid request for a trip or the move, with its costs and receipts',
  tags: ['relocation aid'],
  params: idParam,
  body: fileAidRequestBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const aidQueueQuery = z.object({
  side: z.enum(['to_decide', 'filed']).default('to_decide'),
  status: z.enum(requestStatuses).optional(),
  programId: z.uuid().optional(),
});

export const listAidRequestsRoute = defineRoute({
  operationId: 'listAidRequests',
  method: 'GET',
  path: '/api/relocation-aid-requests',
  policy: 'session',
  summary: 'Requests my organization decides and pays (owner), or those it filed (member), oldest first',
  tags: ['relocation aid'],
  query: aidQueueQuery,
  response: z.object({ items: z.array(aidRequestView) }),
});

export const readAidRequestRoute = defineRoute({
  operationId: 'readAidRequest',
  method: 'GET',
  path: '/api/relocation-aid-requests/:id',
  policy: 'session',
  summary: 'A relocation aid request my organization filed or decides',
  tags: ['relocation aid'],
  params: idParam,
  response: aidRequestView,
});

export const decideAidRequestBody = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('approve'),
    approvedCents: z.array(cents).min(1).max(30).describe('Per line, in order: at most its assessed amount'),
    note: optionalText(2000),
  }),
  z.object({ decision: z.literal('refuse'), reason: z.enum(refusalReasons), note: optionalText(2000) }),
]);

export const decideAidRequestRoute = defineRoute({
  operationId: 'decideAidRequest',
  method: 'POST',
  path: '/api/relocation-aid-requests/:id/decision',
  policy: 'session',
  summary:
    'Approve per line within the assessment (committed on the budget of the year), or refuse with a reason',
  tags: ['relocation aid'],
  params: idParam,
  body: decideAidRequestBody,
  response: z.object({ status: z.enum(requestStatuses), approvedCents: z.number().nullable() }),
});

export const payAidRequestBody = z.object({
  paidOn: pastDate('The day of the payment'),
  method: z.enum(paymentMethods),
  reference: optionalText(100),
});

export const payAidRequestRoute = defineRoute({
  operationId: 'payAidRequest',
  method: 'POST',
  path: '/api/relocation-aid-requests/:id/payment',
  policy: 'session',
  summary: 'Pay the approved amount out of the budget (journal: aid expense, cash out, commitment released)',
  tags: ['relocation aid'],
  params: idParam,
  body: payAidRequestBody,
  response: z.object({ paymentId: z.uuid() }),
  successStatus: 201,
});

export const reverseAidPaymentBody = z.object({
  reversedOn: pastDate('The day of the reversal'),
  reason: text(500),
});

export const reverseAidPaymentRoute = defineRoute({
  operationId: 'reverseAidPayment',
  method: 'POST',
  path: '/api/relocation-aid-requests/:id/payment-reversal',
  policy: 'session',
  summary:
    'Reverse the payment by a compensating entry (never an edit): the request is approved and unpaid again',
  tags: ['relocation aid'],
  params: idParam,
  body: reverseAidPaymentBody,
  response: z.undefined(),
  successStatus: 204,
});

export const withdrawAidRequestRoute = defineRoute({
  operationId: 'withdrawAidRequest',
  method: 'POST',
  path: '/api/relocation-aid-requests/:id/withdraw',
  policy: 'session',
  summary: 'Withdraw a request we filed, before it is decided',
  tags: ['relocation aid'],
  params: idParam,
  response: z.undefined(),
  successStatus: 204,
});

const countBy = z.array(
  z.object({ key: z.string(), households: z.number(), approvedCents: z.number(), paidCents: z.number() }),
);
export const aidReportView = z.object({
  programId: z.uuid(),
  year: z.number().int(),
  /** Allocated to the budget by funders. */
  budgetCents: z.number(),
  approvedCents: z.number(),
  paidCents: z.number(),
  reversedCents: z.number(),
  committedCents: z.number(),
  availableCents: z.number(),
  households: z.number(),
  byPurpose: countBy,
  byRegion: countBy,
  byOrganization: countBy,
});
export type AidReportView = z.infer<typeof aidReportView>;

export const aidReportRoute = defineRoute({
  operationId: 'aidReport',
  method: 'GET',
  path: '/api/programs/:id/relocation-aid/report',
  policy: 'session',
  summary:
    'Aid report of a program and year: budget, allocated, approved, paid, reversed, available; households by purpose, region, member',
  tags: ['relocation aid'],
  params: programIdParam,
  query: aidBudgetQuery,
  response: aidReportView,
});

export const aidReportExportRoute = defineRoute({
  operationId: 'aidReportExport',
  method: 'GET',
  path: '/api/programs/:id/relocation-aid/report-file',
  policy: 'session',
  summary:
    'The aid report as a spreadsheet (CSV: the summary; XLSX: summary, by purpose, region, member, journal)',
  tags: ['relocation aid'],
  params: programIdParam,
  query: aidBudgetQuery.extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
  response: z.string(),
});
