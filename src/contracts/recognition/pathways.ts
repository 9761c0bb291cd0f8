/**
 * The catalogue of recognition pathways: an occupation in a jurisdiction with its versions of ordered
 * steps, kept by the organization's working group and read by its consortia partners.
 */
import { z } from 'zod';
import {
  occupationSchemes,
  pathwayCurrencies,
  pathwayStepKinds,
} from '../../modules/recognition/domain/vocabulary.js';
import { defineRoute, idParam } from '../define.js';
import { optionalText, plannedDate, storableUrl, text } from '../primitives.js';
import { cents, occupationView, tags } from './shared.js';

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
