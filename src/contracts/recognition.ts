import { z } from 'zod';
import {
  caseClosingReasons,
  caseStatuses,
  caseStepStatuses,
  occupationSchemes,
  pathwayCurrencies,
  pathwayStepKinds,
  recognisedCredentialKinds,
  recognitionResults,
  stepPayers,
} from '../modules/recognition/domain/vocabulary.js';
import { defineRoute, idParam, isoDate } from './define.js';
import { endsAfterStart, optionalText, pastDate, plannedDate, storableUrl, text } from './primitives.js';

export {
  caseClosingReasons,
  caseStatuses,
  caseStepStatuses,
  occupationSchemes,
  pathwayCurrencies,
  pathwayStepKinds,
  recognisedCredentialKinds,
  recognitionResults,
  stepPayers,
} from '../modules/recognition/domain/vocabulary.js';

// ——— Inputs ———

/** An occupation in one of the classifications: ESCO's id, a ROME code, an O*NET-SOC code, a NOC 2021 code. */
export const occupationRef = z.object({
  scheme: z.enum(occupationSchemes),
  code: text(200),
});

/**
 * Where the rules apply: an ISO 3166-1 country (`FR`), or a subdivision in ISO 3166-2 (`US-KY`,
 * `US-MO`, `CA-QC`).
 */
export const jurisdiction = z
  .string()
  .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, { message: 'A country (FR) or a subdivision (US-KY, CA-QC)' });

const cents = z.number().int().min(0).max(100_000_000);

/** One step of a pathway as the working group writes it; the order of the list is the order of the steps. */
export const pathwayStepInput = z.object({
  kind: z.enum(pathwayStepKinds),
  labelFr: text(300),
  labelEn: text(300),
  /** Credential evaluation: the evaluator (WES, ECE, CGFNS…) and the report it issues. */
  evaluator: optionalText(200),
  reportType: optionalText(200),
  /** Language test: the test and the level required (IELTS 6.5, TOEFL iBT 83, CLB 7…). */
  languageTest: optionalText(200),
  levelRequired: optionalText(100),
  typicalCostCents: cents.nullish(),
  currency: z.enum(pathwayCurrencies),
  typicalDurationDays: z.number().int().min(0).max(3650).nullish(),
  sourceUrl: storableUrl().max(1000).nullish(),
  sourceText: optionalText(1000),
});

/** A version of a pathway's steps, in force from a day (a regulator changed its rules). */
export const pathwayVersionBody = z.object({
  effectiveOn: plannedDate('The day the version takes effect'),
  steps: z.array(pathwayStepInput).min(1).max(30),
  changeNote: optionalText(1000),
});

/** A pathway of the organization's catalogue with its first version. */
export const createPathwayBody = z.object({
  occupation: occupationRef,
  jurisdiction,
  /** Several routes to one occupation in one jurisdiction are told apart by their name. */
  routeName: optionalText(200),
  regulated: z.boolean(),
  regulatorName: optionalText(300),
  regulatorUrl: storableUrl().max(1000).nullish(),
  /** Illustrative data (the demo's): not to be relied on. */
  illustrative: z.boolean().default(false),
  /** Partners of the organization's consortia read it (never write it). */
  sharedWithConsortium: z.boolean().default(true),
  firstVersion: pathwayVersionBody,
});

/** What changes on a pathway without a new version of its steps. */
export const updatePathwayBody = z.object({
  routeName: optionalText(200),
  regulated: z.boolean().optional(),
  regulatorName: optionalText(300),
  regulatorUrl: storableUrl().max(1000).nullish(),
  illustrative: z.boolean().optional(),
  sharedWithConsortium: z.boolean().optional(),
  /** A pathway no longer offered to new cases; existing cases go on. */
  retired: z.boolean().optional(),
});

export const listPathwaysQuery = z.object({
  jurisdiction: jurisdiction.optional(),
  scheme: z.enum(occupationSchemes).optional(),
  code: text(200).optional(),
  includeRetired: z.enum(['true', 'false']).default('false'),
});

/**
 * The working group's figures over a period: the cases that ran during it, as they stood at its end, and
 * the fund's disbursements paid in it. Either side may stay open.
 */
export const recognitionFiguresQuery = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .refine(...endsAfterStart('from', 'to'));

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

// ——— Outputs ———

const occupationView = z.object({
  scheme: z.enum(occupationSchemes),
  code: z.string(),
  /** In the reader's language when the reference module knows it; null otherwise (show the code). */
  title: z.string().nullable(),
});

export const pathwayStepView = z.object({
  position: z.number().int(),
  kind: z.enum(pathwayStepKinds),
  labelFr: z.string(),
  labelEn: z.string(),
  currency: z.enum(pathwayCurrencies),
  evaluator: z.string().nullable(),
  reportType: z.string().nullable(),
  languageTest: z.string().nullable(),
  levelRequired: z.string().nullable(),
  typicalCostCents: z.number().int().nullable(),
  typicalDurationDays: z.number().int().nullable(),
  sourceUrl: z.string().nullable(),
  sourceText: z.string().nullable(),
});

export const pathwayVersionView = z.object({
  id: z.uuid(),
  number: z.number().int(),
  effectiveOn: z.string(),
  changeNote: z.string().nullable(),
  steps: z.array(pathwayStepView),
  typicalCostCents: z.number().int().describe('The sum of the steps’ typical costs'),
  typicalDurationDays: z.number().int().describe('The sum of the steps’ typical durations'),
  createdAt: z.string(),
});

export const pathwayView = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    /** Whether the reader's organization keeps it (and may change it, with the working group's roles). */
    own: z.boolean(),
    canEdit: z.boolean(),
    occupation: occupationView,
    jurisdiction: z.string(),
    routeName: z.string().nullable(),
    regulated: z.boolean(),
    regulatorName: z.string().nullable(),
    regulatorUrl: z.string().nullable(),
    illustrative: z.boolean(),
    sharedWithConsortium: z.boolean(),
    retired: z.boolean(),
    /** The version in force today (the latest one effective today or before; the first one if none is yet). */
    current: pathwayVersionView,
    /** Every version, newest first (the current one included). */
    versions: z.array(pathwayVersionView),
  })
  .meta({ id: 'RecognitionPathway' });
export type PathwayView = z.infer<typeof pathwayView>;

export const pathwaySummaryView = pathwayView.omit({ versions: true });
export type PathwaySummaryView = z.infer<typeof pathwaySummaryView>;

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

/** The working group's figures for one pathway: counts only, never a name. */
export const pathwayFiguresView = z.object({
  pathwayId: z.uuid(),
  occupation: occupationView,
  jurisdiction: z.string(),
  routeName: z.string().nullable(),
  illustrative: z.boolean(),
  people: z.number().int().describe('Distinct people with a case on the pathway'),
  open: z.number().int(),
  results: z.object({
    recognised: z.number().int(),
    partial: z.number().int(),
    refused: z.number().int(),
  }),
  closedWithoutResult: z.number().int(),
  /** Per version that has cases, its steps: where people are, how long a step takes, where they stop. */
  versions: z.array(
    z.object({
      versionId: z.uuid(),
      number: z.number().int(),
      cases: z.number().int(),
      steps: z.array(
        z.object({
          position: z.number().int(),
          kind: z.enum(pathwayStepKinds),
          labelFr: z.string(),
          labelEn: z.string(),
          inProgress: z.number().int(),
          done: z.number().int(),
          /** Median days from start to end of the step, over steps done with both dates; null when none. */
          medianDays: z.number().nullable(),
          /** Cases that stopped at this step: failed, or closed without a result while it was the next one. */
          dropOuts: z.number().int(),
        }),
      ),
    }),
  ),
  /**
   * People holding a contract in an occupation equivalent to the pathway's (same ESCO occupation, ISCO-08
   * unit group, or a national code the crosswalks call the same job), held since their case started and
   * during the period: with the credential the case gave, or still on their way (counted once).
   */
  employedInField: z.object({
    credentialObtained: z.number().int(),
    inProgress: z.number().int(),
  }),
  /** What the fund's loans paid out for this pathway's steps, per currency (from the fund's books). */
  fundPaid: z.array(
    z.object({
      currency: z.string(),
      disbursedCents: z.number().int(),
      loans: z.number().int(),
    }),
  ),
});
export type PathwayFiguresView = z.infer<typeof pathwayFiguresView>;

// ——— Routes ———

const tags = ['recognition'];

export const listPathwaysRoute = defineRoute({
  operationId: 'listPathways',
  method: 'GET',
  path: '/api/recognition/pathways',
  policy: 'session',
  summary:
    'The recognition pathways the organization keeps and those its consortia partners share, by jurisdiction and occupation',
  tags,
  query: listPathwaysQuery,
  response: z.object({ items: z.array(pathwaySummaryView) }),
});

export const createPathwayRoute = defineRoute({
  operationId: 'createPathway',
  method: 'POST',
  path: '/api/recognition/pathways',
  policy: 'session',
  summary: 'Add a pathway to the organization’s catalogue with its first version (the working group’s roles)',
  tags,
  body: createPathwayBody,
  successStatus: 201,
  response: pathwayView,
});

export const getPathwayRoute = defineRoute({
  operationId: 'getPathway',
  method: 'GET',
  path: '/api/recognition/pathways/:id',
  policy: 'session',
  summary: 'A pathway with all its versions and their steps',
  tags,
  params: idParam,
  response: pathwayView,
});

export const updatePathwayRoute = defineRoute({
  operationId: 'updatePathway',
  method: 'PATCH',
  path: '/api/recognition/pathways/:id',
  policy: 'session',
  summary: 'Change a pathway’s regulator, flags or retirement (its steps change by a new version)',
  tags,
  params: idParam,
  body: updatePathwayBody,
  response: pathwayView,
});

export const addPathwayVersionRoute = defineRoute({
  operationId: 'addPathwayVersion',
  method: 'POST',
  path: '/api/recognition/pathways/:id/versions',
  policy: 'session',
  summary: 'A new version of a pathway’s steps (a regulator changed its rules); existing cases keep theirs',
  tags,
  params: idParam,
  body: pathwayVersionBody,
  successStatus: 201,
  response: pathwayView,
});

export const recognitionFiguresRoute = defineRoute({
  operationId: 'recognitionFigures',
  method: 'GET',
  path: '/api/recognition/figures',
  policy: 'session',
  summary:
    'The working group’s figures per pathway: people, where they are stuck, drop-outs, results and what the fund paid',
  tags,
  query: recognitionFiguresQuery,
  response: z.object({
    /** The days covered; null on an open side. */
    period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    pathways: z.array(pathwayFiguresView),
  }),
});

export const listPersonRecognitionCasesRoute = defineRoute({
  operationId: 'listPersonRecognitionCases',
  method: 'GET',
  path: '/api/people/:id/recognition-cases',
  policy: 'session',
  summary: 'A person’s credential-recognition cases, newest first, with their steps and financing',
  tags,
  params: idParam,
  response: z.object({ items: z.array(caseView) }),
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
