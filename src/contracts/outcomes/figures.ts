import { z } from 'zod';
import { countingUnits, exitOutcomes, outcomeMeasures } from '../../modules/outcomes/domain/vocabulary.js';
import { defineRoute, idParam } from '../define.js';
import { calendarDate } from '../primitives.js';

/** The program's outcomes dashboard, the people behind a figure, and the anonymized statistics. */

const periodFields = z.object({
  from: calendarDate(),
  to: calendarDate(),
  memberOrganizationId: z.uuid().optional(),
});

/** The same refusal, on `to`, for every period the dashboard asks about. */
const inOrder = (period: { from: string; to: string }) => period.from <= period.to;
const periodRefusal = { message: 'The period ends on or after its start', path: ['to'] };

export const outcomesQuery = periodFields.refine(inOrder, periodRefusal);

const measureView = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  rate: z.number().nullable(),
  excluded: z.number().int(),
  unreachable: z.number().int(),
});

/** The dashboard's measures, as the domain lists them. */
export const outcomeMeasureCodes = outcomeMeasures;

export const programOutcomesRoute = defineRoute({
  operationId: 'programOutcomes',
  method: 'GET',
  path: '/api/programs/:id/outcomes',
  policy: 'session',
  summary:
    'Outcomes of a program over a period: exits by outcome, positive-exit rates under the rule versions that decided them, employment after exit, median earnings, credentials, retention in the regions, time to first job, underemployment, follow-ups',
  tags: ['outcomes'],
  params: idParam,
  query: outcomesQuery,
  response: z.object({
    countingUnit: z.enum(countingUnits),
    rule: z.object({ version: z.number().int(), effectiveFrom: z.string() }).nullable(),
    /** Every rule version that decided at least one exit counted here. */
    ruleVersionsUsed: z.array(z.number().int()),
    exitsByOutcome: z.array(z.object({ outcome: z.enum(exitOutcomes), count: z.number().int() })),
    measures: z.record(z.enum(outcomeMeasureCodes), measureView),
    medianQuarterlyEarningsCents: z.number().int().nullable(),
    timeToFirstJob: z.object({
      medianDays: z.number().nullable(),
      buckets: z.array(z.object({ bucket: z.string(), count: z.number().int() })),
    }),
    followUps: z.array(
      z.object({
        months: z.number().int(),
        due: z.number().int(),
        answered: z.number().int(),
        unreachable: z.number().int(),
        pending: z.number().int(),
        employedShare: z.number().nullable(),
      }),
    ),
    byMember: z.array(
      z.object({
        organizationId: z.uuid(),
        organizationName: z.string(),
        exits: z.number().int(),
        positive: z.number().int(),
        denominator: z.number().int(),
        rate: z.number().nullable(),
      }),
    ),
    /** Whether the viewer may open the people behind each figure. */
    drillDown: z.boolean(),
  }),
});

export const outcomePeopleRoute = defineRoute({
  operationId: 'programOutcomePeople',
  method: 'GET',
  path: '/api/programs/:id/outcomes/people',
  policy: 'session',
  summary: 'The people behind one figure of the outcomes dashboard (staff who may see people’s files)',
  tags: ['outcomes'],
  params: idParam,
  query: periodFields
    .extend({
      measure: z.enum(outcomeMeasureCodes),
      part: z.enum(['numerator', 'denominator', 'excluded']),
    })
    .refine(inOrder, periodRefusal),
  response: z.object({
    items: z.array(z.object({ personId: z.uuid(), displayName: z.string(), organizationName: z.string() })),
  }),
});

export const underemploymentBreakdowns = ['training_country', 'field', 'sex', 'years_since_arrival'] as const;

const countsAndRate = {
  people: z.number().int().nullable(),
  underemployed: z.number().int().nullable(),
  rate: z.number().nullable(),
};

/** One table of counts; null is a suppressed cell (under the threshold, or one that would reveal another). */
const underemploymentTable = z.object({
  rows: z.array(z.object({ group: z.string(), ...countsAndRate })),
  total: z.object(countsAndRate),
});

export const underemploymentStatisticsRoute = defineRoute({
  operationId: 'underemploymentStatistics',
  method: 'GET',
  path: '/api/programs/:id/underemployment',
  policy: 'session',
  summary:
    'Anonymized underemployment statistics of a program, by a breakdown, before and after accompaniment; cells under the threshold and those that would reveal them are suppressed',
  tags: ['outcomes'],
  params: idParam,
  query: z.object({
    breakdown: z.enum(underemploymentBreakdowns),
    asOf: calendarDate().optional(),
  }),
  response: z.object({
    threshold: z.number().int(),
    breakdown: z.enum(underemploymentBreakdowns),
    asOf: z.string(),
    /** Before accompaniment (the job held at entry) and after (the job held on `asOf`). */
    before: underemploymentTable,
    after: underemploymentTable,
  }),
});
