import { z } from 'zod';
import { eligibilityRule, eligibilityRules } from '../modules/programs/domain/eligibility.js';
import { targetStatuses } from '../modules/programs/domain/target-trajectory.js';
import { defineRoute, idParam, paged, pageQuery } from './define.js';
import { endsAfterStart, optionalText, plannedDate, text } from './primitives.js';

// A rule nests rules: named, its recursion is a $ref to one OpenAPI component (an unnamed cycle has none).
z.globalRegistry.add(eligibilityRule, { id: 'EligibilityRule' });

export const intakeSources = ['partner_referral', 'outreach_event', 'walk_in', 'web_form', 'other'] as const;
export const enrolmentStatuses = ['enrolled', 'exited', 'withdrawn'] as const;

const programSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  nameFr: z.string(),
  nameEn: z.string(),
  status: z.enum(['draft', 'active', 'closed']),
  countingUnit: z.enum(['person', 'household']),
  ownerOrganizationId: z.uuid(),
  consortiumId: z.uuid().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  /** Reinforced accompaniment: at least this many contacts a month with each person enrolled. */
  expectedContactsPerMonth: z.number().int().nullable(),
  /** The actor's organization owns the program or coordinates its consortium. */
  steeredByMe: z.boolean(),
});

const ruleView = z.object({
  index: z.number().int(),
  kind: z.string(),
  /** The rule as a sentence in the caller's language. */
  description: z.string(),
});

const targetFields = z.object({
  memberOrganizationId: z.uuid().nullable(),
  periodStart: plannedDate('The start of the period'),
  periodEnd: plannedDate('The end of the period'),
  targetCount: z.number().int().min(0).max(10_000_000),
  unit: z.enum(['person', 'household']),
});
export const targetInput = targetFields.refine(...endsAfterStart('periodStart', 'periodEnd'));

export const programDetail = programSummary.extend({
  descriptionFr: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  description: z.string().nullable(),
  rules: eligibilityRules,
  ruleDescriptions: z.array(ruleView),
  organizations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  referents: z.array(
    z.object({
      organizationId: z.uuid(),
      organizationName: z.string(),
      userId: z.uuid(),
      displayName: z.string(),
    }),
  ),
  targets: z.array(
    targetFields.extend({
      id: z.uuid(),
      organizationName: z.string().nullable(),
      periodStart: z.string(),
      periodEnd: z.string(),
    }),
  ),
});

export const listProgramsRoute = defineRoute({
  operationId: 'listPrograms',
  method: 'GET',
  path: '/api/programs',
  policy: 'session',
  summary: 'Programs run by my organization or by a consortium it belongs to, by name',
  tags: ['programs'],
  query: pageQuery.extend({ pageSize: pageQuery.shape.pageSize.default(100) }),
  response: paged(programSummary),
});

export const getProgramRoute = defineRoute({
  operationId: 'getProgram',
  method: 'GET',
  path: '/api/programs/:id',
  policy: 'session',
  summary: 'A program with its rules (as data and as sentences), targets, referents and organizations',
  tags: ['programs'],
  params: idParam,
  response: programDetail,
});

/** The fields of a program; `programSettingsBody` adds that it ends on or after its start. */
export const programSettingsFields = z.object({
  code: text(40).min(2),
  nameFr: text(200).min(2),
  nameEn: text(200).min(2),
  descriptionFr: optionalText(4000),
  descriptionEn: optionalText(4000),
  countingUnit: z.enum(['person', 'household']),
  status: z.enum(['draft', 'active', 'closed']),
  startsOn: plannedDate('The start of the program').nullish(),
  endsOn: plannedDate('The end of the program').nullish(),
  consortiumId: z.uuid().nullish(),
  rules: eligibilityRules,
  expectedContactsPerMonth: z.number().int().min(1).max(100).nullish(),
});
export const programPeriodInOrder = endsAfterStart('startsOn', 'endsOn');
export const programSettingsBody = programSettingsFields.refine(...programPeriodInOrder);
export const programChangesBody = programSettingsFields
  .omit({ code: true, consortiumId: true })
  .refine(...programPeriodInOrder);

export const createProgramRoute = defineRoute({
  operationId: 'createProgram',
  method: 'POST',
  path: '/api/programs',
  policy: 'session',
  summary: 'Create a program of my organization (coordinators, directors, administrators)',
  tags: ['programs'],
  body: programSettingsBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const updateProgramRoute = defineRoute({
  operationId: 'updateProgram',
  method: 'PUT',
  path: '/api/programs/:id',
  policy: 'session',
  summary: "Update a program's names, period, status and eligibility rules (those who steer it)",
  tags: ['programs'],
  params: idParam,
  body: programChangesBody,
  response: z.object({ id: z.uuid() }),
});

export const setTargetsRoute = defineRoute({
  operationId: 'setTargets',
  method: 'PUT',
  path: '/api/programs/:id/targets',
  policy: 'session',
  summary: 'Replace the targets: per member organization (or total when no member), per period',
  tags: ['programs'],
  params: idParam,
  body: z.object({ targets: z.array(targetInput).max(200) }),
  response: z.object({ count: z.number().int() }),
});

export const setReferentRoute = defineRoute({
  operationId: 'setReferent',
  method: 'PUT',
  path: '/api/programs/:id/referents',
  policy: 'session',
  summary: "Name the program's referent for an organization taking part",
  tags: ['programs'],
  params: idParam,
  body: z.object({ organizationId: z.uuid(), userId: z.uuid() }),
  response: z.object({ ok: z.literal(true) }),
});

export const ruleResultView: z.ZodType<RuleResultView> = z
  .lazy(() =>
    z.object({
      kind: z.string(),
      outcome: z.enum(['passed', 'failed', 'unknown']),
      /** The rule, in the caller's language. */
      description: z.string(),
      /** What was found in the file, in the caller's language. */
      explanation: z.string(),
      observed: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
      children: z.array(ruleResultView).optional(),
    }),
  )
  .meta({ id: 'EligibilityRuleResult' });
export interface RuleResultView {
  kind: string;
  outcome: 'passed' | 'failed' | 'unknown';
  description: string;
  explanation: string;
  observed: Record<string, string | number | boolean>;
  children?: RuleResultView[];
}

export const eligibilityView = z.object({
  verdict: z.enum(['eligible', 'not_eligible', 'incomplete']),
  onDate: z.string(),
  results: z.array(ruleResultView),
});

/** A dry run answers what the enrolment would: the rules, and whether the person is already enrolled. */
export const eligibilityCheckView = eligibilityView.extend({
  /** True when the person has an enrolment in the program that has not ended: enrolling again is refused. */
  alreadyEnrolled: z.boolean(),
});

export const checkEligibilityBody = z.object({
  personId: z.uuid(),
  onDate: plannedDate('The day of the check').optional(),
});

export const checkEligibilityRoute = defineRoute({
  operationId: 'checkEligibility',
  method: 'POST',
  path: '/api/programs/:id/eligibility-check',
  policy: 'session',
  summary: 'Evaluate every rule of the program for a person, without enrolling (nothing is written)',
  tags: ['programs'],
  params: idParam,
  body: checkEligibilityBody,
  response: eligibilityCheckView,
});

export const enrolmentBody = z.object({
  personId: z.uuid(),
  enrolledOn: plannedDate('The enrolment date').optional(),
  intake: z.object({
    source: z.enum(intakeSources),
    partnerOrganizationId: z.uuid().nullish(),
    note: optionalText(2000),
  }),
  override: z.object({ justification: text(4000).min(20) }).optional(),
});

export const enrolRoute = defineRoute({
  operationId: 'enrolInProgram',
  method: 'POST',
  path: '/api/programs/:id/enrolments',
  policy: 'session',
  summary:
    'Enrol a person: every rule is evaluated and kept with the enrolment. Refused with NOT_ELIGIBLE (details: the rules) unless an allowed role gives a written justification',
  tags: ['programs'],
  params: idParam,
  body: enrolmentBody,
  response: z.object({ id: z.uuid(), eligibility: eligibilityView, overridden: z.boolean() }),
  successStatus: 201,
});

export const endEnrolmentBody = z.object({
  status: z.enum(['exited', 'withdrawn']),
  endedOn: plannedDate('The end of the enrolment'),
  reason: optionalText(500),
});

export const endEnrolmentRoute = defineRoute({
  operationId: 'endEnrolment',
  method: 'POST',
  path: '/api/enrolments/:id/end',
  policy: 'session',
  summary: 'End an enrolment: exit (with its date and reason) or withdrawal',
  tags: ['programs'],
  params: idParam,
  body: endEnrolmentBody,
  response: z.object({ ok: z.literal(true) }),
});

export const enrolmentView = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  programName: z.string(),
  status: z.enum(enrolmentStatuses),
  enrolledOn: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  intakeSource: z.string(),
  verdict: z.string(),
  overridden: z.boolean(),
  /**
   * An enrolment of a file merged into this one (docs/duplicates.md): shown read-only, ended or changed
   * on that file; null for the person's own.
   */
  fromMergedFile: z.object({ personId: z.uuid(), givenName: z.string(), familyName: z.string() }).nullable(),
});

export const personEnrolmentsRoute = defineRoute({
  operationId: 'personEnrolments',
  method: 'GET',
  path: '/api/people/:id/enrolments',
  policy: 'session',
  summary: "A person's enrolments in my organization's programs",
  tags: ['programs'],
  params: idParam,
  response: z.object({ items: z.array(enrolmentView) }),
});

export const programProgressRoute = defineRoute({
  operationId: 'programProgress',
  method: 'GET',
  path: '/api/programs/:id/progress',
  policy: 'session',
  summary: 'Target vs actual per member organization and in total, counted from enrolments in each period',
  tags: ['programs'],
  params: idParam,
  response: z.object({
    countingUnit: z.enum(['person', 'household']),
    rows: z.array(
      z.object({
        targetId: z.uuid(),
        organizationId: z.uuid().nullable(),
        organizationName: z.string().nullable(),
        periodStart: z.string(),
        periodEnd: z.string(),
        unit: z.enum(['person', 'household']),
        target: z.number().int(),
        actual: z.number().int(),
        expectedToDate: z.number().describe('The target prorated by days to today (0 before the period)'),
        projection: z
          .number()
          .int()
          .nullable()
          .describe("At the current pace (actual ÷ elapsed days × the period's days); the actual once ended"),
        status: z.enum(targetStatuses),
        series: z
          .array(
            z.object({
              month: z.string().describe('YYYY-MM'),
              pointOn: z.string().describe("The month's last day within the period"),
              actual: z
                .number()
                .int()
                .nullable()
                .describe('Counted by that day; null after the current month'),
              expected: z.number(),
            }),
          )
          .describe('One point per month of the period'),
      }),
    ),
    today: z.string().describe("The viewer's organization's today, as the trajectory was computed"),
  }),
});
