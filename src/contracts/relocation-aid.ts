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
import { defineRoute } from './define.js';
import { pastDate, plannedDate, text } from './primitives.js';

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

/** A request, its decision, payments and cancellation: relocation-aid-requests.ts. */
export * from './relocation-aid-requests.js';

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
