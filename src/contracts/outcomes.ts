import { z } from 'zod';
import {
  attemptResults,
  countingUnits,
  exitEvidenceKinds,
  exitOutcomes,
  exitVerdicts,
  followUpFormLanguages,
  followUpStatuses,
  outcomeFamilies,
  thresholdComparisons,
  wageBands,
} from '../modules/outcomes/domain/vocabulary.js';
import { defineRoute, idParam } from './define.js';
import { calendarDate, optionalText, pastDate, plannedDate, text } from './primitives.js';

export {
  attemptResults,
  exitOutcomes,
  exitVerdicts,
  followUpFormLanguages,
  wageBands,
} from '../modules/outcomes/domain/vocabulary.js';

// ——— Exits ———

const exitEvidence = z
  .object({
    kind: z.enum(exitEvidenceKinds),
    placementId: z.uuid().nullish().describe('The placement of the file the exit rests on (kind placement)'),
    documentId: z.uuid().nullish().describe('A document of the file (kind document)'),
    trainingName: optionalText(200).describe('The training the person entered (kind training)'),
  })
  .describe('What supports the outcome');

/** What became of the person, as a counselor records it when the enrolment ends (or corrects it). */
export const exitFields = z.object({
  outcome: z.enum(exitOutcomes),
  exitOn: pastDate('The exit date'),
  contractStartOn: plannedDate('The contract’s first day').nullish(),
  contractEndOn: plannedDate('The contract’s last day').nullish(),
  region: optionalText(120).describe('The region the household settled in (moved to a region)'),
  credentialObtained: z
    .object({ name: text(200), obtainedOn: pastDate('The day the credential was obtained') })
    .nullish(),
  evidence: exitEvidence,
  note: optionalText(2000),
});

export const recordExitBody = exitFields;
export const correctExitBody = exitFields.extend({
  correctionReason: text(500).describe('Why the exit is corrected: kept with the history'),
});

export const exitView = z.object({
  id: z.uuid(),
  enrolmentId: z.uuid(),
  programId: z.uuid(),
  programName: z.string(),
  outcome: z.enum(exitOutcomes),
  family: z.enum(outcomeFamilies),
  exitOn: z.string(),
  contractStartOn: z.string().nullable(),
  contractEndOn: z.string().nullable(),
  region: z.string().nullable(),
  credentialObtained: z.object({ name: z.string(), obtainedOn: z.string() }).nullable(),
  evidence: z.object({
    kind: z.enum(exitEvidenceKinds),
    placementId: z.string().nullable(),
    documentId: z.string().nullable(),
    trainingName: z.string().nullable(),
  }),
  note: z.string().nullable(),
  verdict: z.enum(exitVerdicts),
  verdictReason: z.string(),
  ruleVersion: z.number().int().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
  /** Set on a version replaced by a correction. */
  supersededAt: z.string().nullable(),
  correctionReason: z.string().nullable(),
});

export const followUpView = z.object({
  id: z.uuid(),
  enrolmentId: z.uuid(),
  months: z.number().int(),
  dueOn: z.string(),
  status: z.enum(followUpStatuses),
  attempts: z.number().int(),
  answeredOn: z.string().nullable(),
  answeredVia: z.string().nullable(),
  answer: z
    .object({
      employed: z.boolean(),
      sameEmployer: z.boolean().nullable(),
      contractType: z.string().nullable(),
      hoursPerWeek: z.number().nullable(),
      wageBand: z.enum(wageBands).nullable(),
      inTraining: z.boolean(),
      inRegion: z.boolean().nullable(),
      satisfied: z.number().int().nullable(),
    })
    .nullable(),
  linkSentAt: z.string().nullable(),
  linkExpiresAt: z.string().nullable(),
});

export const recordExitRoute = defineRoute({
  operationId: 'recordExit',
  method: 'POST',
  path: '/api/enrolments/:id/exit',
  policy: 'session',
  summary:
    'End an enrolment with its exit: the outcome from the catalogue, its date and evidence; classified by the program’s positive-exit rule in force that day, and its follow-ups scheduled',
  tags: ['outcomes'],
  params: idParam,
  body: recordExitBody,
  response: z.object({
    id: z.uuid(),
    verdict: z.enum(exitVerdicts),
    ruleVersion: z.number().int().nullable(),
  }),
  successStatus: 201,
});

export const correctExitRoute = defineRoute({
  operationId: 'correctExit',
  method: 'POST',
  path: '/api/exits/:id/corrections',
  policy: 'session',
  summary: 'Correct an exit: a new version replaces it, the old one stays in the history with the reason',
  tags: ['outcomes'],
  params: idParam,
  body: correctExitBody,
  response: z.object({
    id: z.uuid(),
    verdict: z.enum(exitVerdicts),
    ruleVersion: z.number().int().nullable(),
  }),
  successStatus: 201,
});

export const personExitsRoute = defineRoute({
  operationId: 'personExits',
  method: 'GET',
  path: '/api/people/:id/exits',
  policy: 'session',
  summary: 'A person’s exits (current and corrected versions) and their follow-ups after exit',
  tags: ['outcomes'],
  params: idParam,
  query: z.object({ lang: z.enum(['fr', 'en']).default('fr').describe('The language of program names') }),
  response: z.object({ exits: z.array(exitView), followUps: z.array(followUpView) }),
});

// ——— Follow-up after exit ———

export const followUpAnswerBody = z.object({
  employed: z.boolean(),
  sameEmployer: z.boolean().nullish(),
  contractType: z.enum(['permanent', 'fixed_term', 'temporary', 'self_employed', 'other']).nullish(),
  hoursPerWeek: z.number().min(1).max(80).nullish(),
  wageBand: z.enum(wageBands).nullish(),
  inTraining: z.boolean(),
  inRegion: z.boolean().nullish(),
  satisfied: z.number().int().min(1).max(5).nullish(),
});

export const recordFollowUpAnswerBody = followUpAnswerBody.extend({
  answeredOn: pastDate('The day the person answered'),
  via: z.enum(['phone', 'in_person', 'email']),
});

export const recordFollowUpAnswerRoute = defineRoute({
  operationId: 'recordFollowUpAnswer',
  method: 'POST',
  path: '/api/exit-follow-ups/:id/answer',
  policy: 'session',
  summary: 'Record the person’s answer to a follow-up after exit (by phone or in person)',
  tags: ['outcomes'],
  params: idParam,
  body: recordFollowUpAnswerBody,
  response: z.object({ ok: z.literal(true) }),
});

export const followUpAttemptBody = z.object({
  result: z.enum(attemptResults).exclude(['sent']),
  note: optionalText(500),
});

export const recordFollowUpAttemptRoute = defineRoute({
  operationId: 'recordFollowUpAttempt',
  method: 'POST',
  path: '/api/exit-follow-ups/:id/attempts',
  policy: 'session',
  summary:
    'Record an attempt to reach the person that brought no answer; after the program’s number of attempts the moment counts as unreachable',
  tags: ['outcomes'],
  params: idParam,
  body: followUpAttemptBody,
  response: z.object({ status: z.enum(followUpStatuses), attempts: z.number().int() }),
});

export const sendFollowUpLinkRoute = defineRoute({
  operationId: 'sendFollowUpLink',
  method: 'POST',
  path: '/api/exit-follow-ups/:id/link',
  policy: 'session',
  summary: 'Send the person a single-use link to the follow-up form, in their language, by e-mail',
  tags: ['outcomes'],
  params: idParam,
  body: z.object({ language: z.enum(followUpFormLanguages).nullish() }),
  response: z.object({ sentTo: z.string(), expiresAt: z.string() }),
});

// ——— The public follow-up form (no account: a single-use link) ———

export const followUpTokenParam = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

export const publicFollowUpRoute = defineRoute({
  operationId: 'publicFollowUpForm',
  method: 'GET',
  path: '/api/public/follow-up/:token',
  policy: 'public',
  summary:
    'What the follow-up form shows: who asks, the moment, the language; 404 FOLLOW_UP_LINK_INVALID once used or expired',
  tags: ['outcomes'],
  params: followUpTokenParam,
  response: z.object({
    organizationName: z.string(),
    programName: z.string(),
    firstName: z.string(),
    months: z.number().int(),
    language: z.enum(followUpFormLanguages),
    asksRegion: z.boolean(),
    expiresAt: z.string(),
  }),
});

export const answerPublicFollowUpRoute = defineRoute({
  operationId: 'answerPublicFollowUp',
  method: 'POST',
  path: '/api/public/follow-up/:token',
  policy: 'public',
  summary: 'The person answers the follow-up form; the link cannot be used again',
  tags: ['outcomes'],
  params: followUpTokenParam,
  body: followUpAnswerBody,
  response: z.object({ ok: z.literal(true) }),
});

// ——— Positive-exit rules per program, versioned ———

export const positiveExitRuleBody = z.object({
  positiveOutcomes: z.array(z.enum(exitOutcomes)).min(1).max(exitOutcomes.length),
  fixedTermMinimumMonths: z.number().int().min(1).max(60).nullable(),
  fixedTermComparison: z.enum(thresholdComparisons),
  exclusions: z.array(z.enum(exitOutcomes)).max(exitOutcomes.length),
  requireQualificationLevel: z.boolean(),
  requireCredential: z.boolean(),
  countingUnit: z.enum(countingUnits),
  measuredMonthsAfterEntry: z.number().int().min(1).max(60).nullable(),
  followUpMonths: z.array(z.number().int().min(1).max(60)).max(8),
  unreachableAfterAttempts: z.number().int().min(1).max(10),
});

export const exitRuleVersionBody = positiveExitRuleBody.extend({
  effectiveFrom: plannedDate('The first day the version applies'),
});

export const exitRuleVersionView = positiveExitRuleBody.extend({
  id: z.uuid(),
  version: z.number().int(),
  effectiveFrom: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});

export const listExitRulesRoute = defineRoute({
  operationId: 'listExitRules',
  method: 'GET',
  path: '/api/programs/:id/exit-rules',
  policy: 'session',
  summary: 'The versions of a program’s positive-exit rule, newest first',
  tags: ['outcomes'],
  params: idParam,
  response: z.object({ items: z.array(exitRuleVersionView) }),
});

export const addExitRuleVersionRoute = defineRoute({
  operationId: 'addExitRuleVersion',
  method: 'POST',
  path: '/api/programs/:id/exit-rules',
  policy: 'session',
  summary:
    'A new version of the program’s positive-exit rule, from a day not before today: exits already classified keep the version that decided them',
  tags: ['outcomes'],
  params: idParam,
  body: exitRuleVersionBody,
  response: z.object({ id: z.uuid(), version: z.number().int() }),
  successStatus: 201,
});

// ——— Program dashboard ———

export const outcomesQuery = z
  .object({
    from: calendarDate(),
    to: calendarDate(),
    memberOrganizationId: z.uuid().optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'The period ends on or after its start', path: ['to'] });

const measureView = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  rate: z.number().nullable(),
  excluded: z.number().int(),
  unreachable: z.number().int(),
});

export const outcomeMeasureCodes = [
  'positive_exit_rate',
  'positive_exit_rate_after_entry',
  'employment_rate_q2',
  'employment_rate_q4',
  'credential_attainment',
  'retention_in_region_6',
  'retention_in_region_12',
  'underemployment',
] as const;

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
  query: z
    .object({
      from: calendarDate(),
      to: calendarDate(),
      memberOrganizationId: z.uuid().optional(),
      measure: z.enum(outcomeMeasureCodes),
      part: z.enum(['numerator', 'denominator', 'excluded']),
    })
    .refine((q) => q.from <= q.to, { message: 'The period ends on or after its start', path: ['to'] }),
  response: z.object({
    items: z.array(z.object({ personId: z.uuid(), displayName: z.string(), organizationName: z.string() })),
  }),
});

export const underemploymentBreakdowns = ['training_country', 'field', 'sex', 'years_since_arrival'] as const;

/** One table of counts; null is a suppressed cell (under the threshold, or one that would reveal another). */
const underemploymentTable = z.object({
  rows: z.array(
    z.object({
      group: z.string(),
      people: z.number().int().nullable(),
      underemployed: z.number().int().nullable(),
      rate: z.number().nullable(),
    }),
  ),
  total: z.object({
    people: z.number().int().nullable(),
    underemployed: z.number().int().nullable(),
    rate: z.number().nullable(),
  }),
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
