/**
 * A person's recognition cases: opened on the pathway's version in force, steps moved, financed
 * through the loan fund, closed with the regulator's result or without one.
 */
import { z } from 'zod';
import {
  caseClosingReasons,
  caseStatuses,
  caseStepStatuses,
  pathwayCurrencies,
  pathwayStepKinds,
  recognisedCredentialKinds,
  recognitionResults,
  stepPayers,
} from '../../modules/recognition/domain/vocabulary.js';
import { defineRoute, idParam } from '../define.js';
import { fromMergedFile } from '../merged-file.js';
import { optionalText, pastDate, text } from '../primitives.js';
import { pathwaySummaryView } from './pathways.js';
import { cents, tags } from './shared.js';

/** A person starts on a pathway: the case follows the version in force that day. */
export const openCaseBody = z.object({
  personId: z.uuid(),
  pathwayId: z.uuid(),
  startedOn: pastDate('The day the case starts'),
  note: optionalText(2000),
});

/** A step of a case moves: every field is optional, absent fields stay as they are. */
export const updateCaseStepBody = z.object({
  status: z.enum(caseStepStatuses).optional(),
  startedOn: pastDate('The day the step started').nullish(),
  doneOn: pastDate('The day the step ended').nullish(),
  actualCostCents: cents.nullish(),
  /** Who pays; `fund_loan` is set by financing the step through the fund, never here. */
  paidBy: z.enum(stepPayers).exclude(['fund_loan']).nullish(),
  /** Documents of the person's file (results, receipts, the evaluation report). */
  documentIds: z.array(z.uuid()).max(20).optional(),
  note: optionalText(2000),
});

/** The regulator's decision, and the credential it gives when it recognises. */
export const caseResultBody = z.object({
  result: z.enum(recognitionResults),
  decidedOn: pastDate('The day of the decision'),
  /** Partial recognition: what the person still has to do. */
  conditions: optionalText(2000),
  credential: z
    .object({
      kind: z.enum(recognisedCredentialKinds),
      name: text(300),
      obtainedOn: pastDate('The day the credential was obtained'),
    })
    .nullish(),
});

/** The case stops without a result (a drop-out, counted at the step it stopped). */
export const closeCaseBody = z.object({
  closedOn: pastDate('The day the case closed'),
  reason: z.enum(caseClosingReasons),
  note: optionalText(2000),
});

/** Finance steps through the fund: a loan application for the sum of their costs, filed now. */
export const financeStepsBody = z.object({
  stepIds: z.array(z.uuid()).min(1).max(20),
  fundId: z.uuid(),
  productId: z.uuid(),
  termMonths: z.number().int().min(1).max(600),
  filedOn: pastDate('The filing date').optional(),
});

/** Link steps to a loan application already filed for the same person (its costs paid those steps). */
export const linkFinancingBody = z.object({
  stepIds: z.array(z.uuid()).min(1).max(20),
  applicationId: z.uuid(),
});

/** The loan that pays a step, read from the fund's books. */
export const stepFinancingView = z.object({
  applicationId: z.uuid(),
  reference: z.string(),
  fundId: z.uuid(),
  currency: z.string(),
  status: z.enum(['submitted', 'approved', 'declined', 'withdrawn']),
  loanId: z.uuid().nullable(),
  /** The first disbursement of the loan, when paid out. */
  disbursedOn: z.string().nullable(),
  disbursedCents: z.number().int(),
});

export const caseStepView = z.object({
  id: z.uuid(),
  position: z.number().int(),
  kind: z.enum(pathwayStepKinds),
  labelFr: z.string(),
  labelEn: z.string(),
  evaluator: z.string().nullable(),
  reportType: z.string().nullable(),
  languageTest: z.string().nullable(),
  levelRequired: z.string().nullable(),
  typicalCostCents: z.number().int().nullable(),
  currency: z.enum(pathwayCurrencies),
  typicalDurationDays: z.number().int().nullable(),
  status: z.enum(caseStepStatuses),
  startedOn: z.string().nullable(),
  doneOn: z.string().nullable(),
  actualCostCents: z.number().int().nullable(),
  paidBy: z.enum(stepPayers).nullable(),
  documentIds: z.array(z.uuid()),
  note: z.string().nullable(),
  financing: stepFinancingView.nullable(),
});
export type CaseStepView = z.infer<typeof caseStepView>;

export const caseView = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    pathway: pathwaySummaryView.pick({
      id: true,
      organizationName: true,
      occupation: true,
      jurisdiction: true,
      routeName: true,
      regulated: true,
      regulatorName: true,
      regulatorUrl: true,
      illustrative: true,
    }),
    version: z.object({ id: z.uuid(), number: z.number().int(), effectiveOn: z.string() }),
    /** Whether a newer version of the pathway exists (the case keeps the one it started with). */
    newerVersionExists: z.boolean(),
    status: z.enum(caseStatuses),
    startedOn: z.string(),
    note: z.string().nullable(),
    steps: z.array(caseStepView),
    /** Steps done or waived ÷ steps (two integers). */
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    costs: z.object({
      currency: z.enum(pathwayCurrencies),
      actualCents: z.number().int(),
      byPayer: z.array(z.object({ paidBy: z.enum(stepPayers), cents: z.number().int() })),
    }),
    result: z
      .object({
        result: z.enum(recognitionResults),
        decidedOn: z.string(),
        conditions: z.string().nullable(),
        credential: z
          .object({ kind: z.enum(recognisedCredentialKinds), name: z.string(), obtainedOn: z.string() })
          .nullable(),
      })
      .nullable(),
    closed: z
      .object({ closedOn: z.string(), reason: z.enum(caseClosingReasons), note: z.string().nullable() })
      .nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'RecognitionCase' });
export type CaseView = z.infer<typeof caseView>;

export const listPersonRecognitionCasesRoute = defineRoute({
  operationId: 'listPersonRecognitionCases',
  method: 'GET',
  path: '/api/people/:id/recognition-cases',
  policy: 'session',
  summary: 'A person’s credential-recognition cases, newest first, with their steps and financing',
  tags,
  params: idParam,
  response: z.object({ items: z.array(caseView.extend({ fromMergedFile })) }),
});

export const openRecognitionCaseRoute = defineRoute({
  operationId: 'openRecognitionCase',
  method: 'POST',
  path: '/api/recognition/cases',
  policy: 'session',
  summary: 'Start a person on a pathway: the steps of the version in force that day are copied to the case',
  tags,
  body: openCaseBody,
  successStatus: 201,
  response: caseView,
});

export const getRecognitionCaseRoute = defineRoute({
  operationId: 'getRecognitionCase',
  method: 'GET',
  path: '/api/recognition/cases/:id',
  policy: 'session',
  summary: 'A recognition case with its steps, costs, financing read from the fund and result',
  tags,
  params: idParam,
  response: caseView,
});

export const updateRecognitionCaseStepRoute = defineRoute({
  operationId: 'updateRecognitionCaseStep',
  method: 'PATCH',
  path: '/api/recognition/case-steps/:id',
  policy: 'session',
  summary: 'Move a step of a case: status, dates, actual cost and who pays, documents, note',
  tags,
  params: idParam,
  body: updateCaseStepBody,
  response: caseView,
});

export const recordRecognitionResultRoute = defineRoute({
  operationId: 'recordRecognitionResult',
  method: 'POST',
  path: '/api/recognition/cases/:id/result',
  policy: 'session',
  summary:
    'Record the regulator’s decision (recognised, partial with conditions, refused) and the credential',
  tags,
  params: idParam,
  body: caseResultBody,
  response: caseView,
});

export const closeRecognitionCaseRoute = defineRoute({
  operationId: 'closeRecognitionCase',
  method: 'POST',
  path: '/api/recognition/cases/:id/close',
  policy: 'session',
  summary: 'Close a case without a result (the person stopped); counted as a drop-out at its next step',
  tags,
  params: idParam,
  body: closeCaseBody,
  response: caseView,
});

export const financeRecognitionStepsRoute = defineRoute({
  operationId: 'financeRecognitionSteps',
  method: 'POST',
  path: '/api/recognition/cases/:id/financing',
  policy: 'session',
  summary:
    'Finance steps through the fund: files a loan application for the sum of their costs and links it to them, in one transaction',
  tags,
  params: idParam,
  body: financeStepsBody,
  successStatus: 201,
  response: caseView,
});

export const linkRecognitionFinancingRoute = defineRoute({
  operationId: 'linkRecognitionFinancing',
  method: 'POST',
  path: '/api/recognition/cases/:id/financing-links',
  policy: 'session',
  summary: 'Link steps to a loan application already filed for the same person',
  tags,
  params: idParam,
  body: linkFinancingBody,
  response: caseView,
});
