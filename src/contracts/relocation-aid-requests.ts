import { z } from 'zod';
import {
  aidPurposes,
  assessmentReasons,
  costKinds,
  paymentMethods,
  quebecRegionCodes,
  refusalReasons,
  requestStatuses,
} from '../modules/relocation-aid/domain/vocabulary.js';
import { defineRoute, idParam } from './define.js';
import { optionalText, pastDate, text } from './primitives.js';

/**
 * Relocation aid requests (docs/relocation-aid.md): filed on a person's file by the member that
 * follows them, decided by the program's owner, paid in one payment or several up to the approved
 * amount, a payment reversed one at a time, an approval not fully paid cancelled.
 */
const cents = z.number().int().min(0).max(100_000_000_00);
const positiveCents = z.number().int().min(1).max(100_000_000_00);

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
  /** Paid and not reversed. */
  paidCents: z.number(),
  /** What may still be paid (approved, less paid, less released); null before an approval. */
  remainderCents: z.number().nullable(),
  /** The approval's cancellation: the unpaid remainder released back to the budget. */
  cancellation: z
    .object({ cancelledOn: z.string(), reason: z.string(), releasedCents: z.number() })
    .nullable(),
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
  actions: z.array(z.enum(['decide', 'pay', 'reverse', 'cancel', 'withdraw'])),
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
  amountCents: positiveCents
    .nullish()
    .describe(
      'A part of what is left to pay (a trip advance, then the balance); the whole remainder when absent',
    ),
  method: z.enum(paymentMethods),
  reference: optionalText(100),
});

export const payAidRequestRoute = defineRoute({
  operationId: 'payAidRequest',
  method: 'POST',
  path: '/api/relocation-aid-requests/:id/payment',
  policy: 'session',
  summary:
    'Pay the approved amount, whole or in part, never beyond (journal: aid expense, cash out, commitment released)',
  tags: ['relocation aid'],
  params: idParam,
  body: payAidRequestBody,
  response: z.object({ paymentId: z.uuid(), amountCents: z.number(), remainderCents: z.number() }),
  successStatus: 201,
});

export const reverseAidPaymentBody = z.object({
  paymentId: z.uuid().nullish().describe('The payment to reverse; required when several are in force'),
  reversedOn: pastDate('The day of the reversal'),
  reason: text(500),
});

export const reverseAidPaymentRoute = defineRoute({
  operationId: 'reverseAidPayment',
  method: 'POST',
  path: '/api/relocation-aid-requests/:id/payment-reversal',
  policy: 'session',
  summary:
    'Reverse one payment by a compensating entry (never an edit): its amount is committed again, to be paid anew',
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

export const cancelAidApprovalBody = z.object({
  cancelledOn: pastDate('The day of the cancellation'),
  reason: text(500),
});

export const cancelAidApprovalRoute = defineRoute({
  operationId: 'cancelAidApproval',
  method: 'POST',
  path: '/api/relocation-aid-requests/:id/cancellation',
  policy: 'session',
  summary:
    'Cancel an approval not fully paid: the unpaid remainder is released back to the budget, with the reason',
  tags: ['relocation aid'],
  params: idParam,
  body: cancelAidApprovalBody,
  response: z.object({ releasedCents: z.number() }),
  successStatus: 201,
});
