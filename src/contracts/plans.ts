import { z } from 'zod';
import { signOffGapKinds } from '../modules/plans/domain/completeness.js';
import {
  barrierKinds,
  experienceKinds,
  goalKinds,
  planLanguages,
  planStatuses,
  requirementKinds,
  signMethods,
  stepActors,
  stepStatuses,
} from '../modules/plans/domain/vocabulary.js';
import { defineRoute, idParam } from './define.js';
import { fromMergedFile } from './merged-file.js';
import { optionalText, pastDate, plannedDate, text } from './primitives.js';

/** The fields a career-pathways funder asks of an individual plan; every one may be filled later. */
export const planFields = z.object({
  language: z.enum(planLanguages),
  targetField: optionalText(200),
  targetJobTitles: z.array(text(200)).max(20),
  escoOccupationId: optionalText(300),
  barriers: z
    .array(z.object({ kind: z.enum(barrierKinds), description: text(500), mitigation: text(1000) }))
    .max(30),
  courses: z.array(z.object({ title: text(300), provider: optionalText(200) })).max(30),
  experienceOpportunities: z
    .array(z.object({ kind: z.enum(experienceKinds), title: text(300), organization: optionalText(200) }))
    .max(30),
  credentialRequirements: z.array(z.object({ kind: z.enum(requirementKinds), title: text(300) })).max(30),
  credentialRecognition: z
    .object({
      credential: text(300),
      country: optionalText(100),
      evaluator: optionalText(200),
      plan: text(2000),
    })
    .nullish(),
  localEmployers: z.array(z.object({ name: text(200), note: optionalText(500) })).max(50),
  contacts: z
    .array(z.object({ name: text(200), role: optionalText(200), contact: optionalText(300) }))
    .max(30),
});
export type PlanFields = z.output<typeof planFields>;

export const createPlanBody = planFields.partial().extend({
  programId: z.uuid().nullish(),
  language: z.enum(planLanguages),
});
export const updatePlanBody = planFields.partial();

export const goalBody = z.object({
  kind: z.enum(goalKinds),
  title: text(300),
  targetDate: plannedDate('The target date').nullish(),
  /** A CEFR level for a language goal, a licence name, a region… */
  targetLevel: optionalText(100),
});

const stepShape = z.object({
  title: text(300),
  dueOn: plannedDate('The due date').nullish(),
  actor: z.enum(stepActors),
  partnerName: optionalText(200),
});
const partnerNamed = (s: { actor?: string; partnerName?: string | null }) =>
  s.actor !== 'partner' || Boolean(s.partnerName?.trim());
const partnerMessage = { path: ['partnerName'], message: 'Name the partner who acts on this step' };
export const stepBody = stepShape.refine(partnerNamed, partnerMessage);
export const updateStepBody = stepShape
  .partial()
  .extend({
    evidenceNote: optionalText(2000),
    evidenceDocumentId: z.uuid().nullish(),
  })
  .refine((s) => s.actor === undefined || partnerNamed(s), partnerMessage);

export const stepStatusBody = z.object({
  status: z.enum(stepStatuses),
  /** The day it happened; today when omitted. */
  onDate: pastDate('The day it happened').optional(),
  reason: optionalText(500),
  evidenceNote: optionalText(2000),
  evidenceDocumentId: z.uuid().nullish(),
});

export const signOffBody = z
  .object({
    signedOn: pastDate('The day of the sign-off'),
    method: z.enum(signMethods),
    witness: optionalText(200),
  })
  .refine((s) => s.method !== 'verbal_with_witness' || Boolean(s.witness?.trim()), {
    path: ['witness'],
    message: 'A verbal sign-off names its witness',
  });

const progressView = z.object({
  done: z.number().int(),
  counted: z.number().int(),
  percent: z.number().int().nullable(),
});
export const stepView = z.object({
  id: z.uuid(),
  title: z.string(),
  dueOn: z.string().nullable(),
  actor: z.enum(stepActors),
  partnerName: z.string().nullable(),
  status: z.enum(stepStatuses),
  startedOn: z.string().nullable(),
  doneOn: z.string().nullable(),
  abandonedOn: z.string().nullable(),
  abandonedReason: z.string().nullable(),
  evidenceNote: z.string().nullable(),
  evidenceDocumentId: z.string().nullable(),
  overdue: z.boolean(),
  nextStatuses: z.array(z.enum(stepStatuses)),
});
export const goalView = z.object({
  id: z.uuid(),
  kind: z.enum(goalKinds),
  title: z.string(),
  targetDate: z.string().nullable(),
  targetLevel: z.string().nullable(),
  reachedOn: z.string().nullable(),
  progress: progressView,
  steps: z.array(stepView),
});
export const planView = planFields.extend({
  id: z.uuid(),
  personId: z.uuid(),
  programId: z.uuid().nullable(),
  status: z.enum(planStatuses),
  targetField: z.string().nullable(),
  escoOccupationId: z.string().nullable(),
  /** The target ESCO occupation named in the reader's language; null when the field holds no ESCO id. */
  escoOccupationLabel: z.string().nullable(),
  credentialRecognition: planFields.shape.credentialRecognition.unwrap().unwrap().nullable(),
  revision: z.number().int(),
  signedRevision: z.number().int().nullable(),
  signedOn: z.string().nullable(),
  signMethod: z.enum(signMethods).nullable(),
  signedWitness: z.string().nullable(),
  signature: z.enum(['unsigned', 'signed', 'changed_since_signature']),
  signOffGaps: z.array(z.object({ gap: z.enum(signOffGapKinds), id: z.string().optional() })),
  progress: progressView,
  overdueSteps: z.number().int(),
  goals: z.array(goalView),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlanView = z.output<typeof planView>;

export const planChangeView = z.object({
  id: z.uuid(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
  changedByName: z.string().nullable(),
  entity: z.enum(['plan', 'goal', 'step']),
  entityId: z.uuid(),
  action: z.enum(['created', 'updated', 'removed', 'status_changed', 'signed']),
  fields: z.array(z.string()),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  label: z.string().nullable(),
  revision: z.number().int(),
});

const created = z.object({ id: z.uuid() });
const changed = z.object({ id: z.uuid(), revision: z.number().int() });

export const personPlansRoute = defineRoute({
  operationId: 'personPlans',
  method: 'GET',
  path: '/api/people/:id/plans',
  policy: 'session',
  summary: "The person's career plans, with goals, steps, progress and overdue steps",
  tags: ['plans'],
  params: idParam,
  response: z.object({ items: z.array(planView.extend({ fromMergedFile })) }),
});
export const createPlanRoute = defineRoute({
  operationId: 'createPlan',
  method: 'POST',
  path: '/api/people/:id/plans',
  policy: 'session',
  summary: 'Start a career plan for the person (one open plan per program)',
  tags: ['plans'],
  params: idParam,
  body: createPlanBody,
  response: created,
  successStatus: 201,
});
export const updatePlanRoute = defineRoute({
  operationId: 'updatePlan',
  method: 'PATCH',
  path: '/api/plans/:id',
  policy: 'session',
  summary:
    "Change the plan's fields (target, barriers, courses, experience, credential, employers, contacts)",
  tags: ['plans'],
  params: idParam,
  body: updatePlanBody,
  response: changed,
});
export const addGoalRoute = defineRoute({
  operationId: 'addGoal',
  method: 'POST',
  path: '/api/plans/:id/goals',
  policy: 'session',
  summary: 'Add a goal of a typed kind to the plan',
  tags: ['plans'],
  params: idParam,
  body: goalBody,
  response: created,
  successStatus: 201,
});
export const updateGoalRoute = defineRoute({
  operationId: 'updateGoal',
  method: 'PATCH',
  path: '/api/plan-goals/:id',
  policy: 'session',
  summary: 'Change a goal',
  tags: ['plans'],
  params: idParam,
  body: goalBody.partial(),
  response: changed,
});
export const removeGoalRoute = defineRoute({
  operationId: 'removeGoal',
  method: 'DELETE',
  path: '/api/plan-goals/:id',
  policy: 'session',
  summary: 'Remove a goal and its steps (kept in the plan history)',
  tags: ['plans'],
  params: idParam,
  response: z.undefined(),
  successStatus: 204,
});
export const addStepRoute = defineRoute({
  operationId: 'addStep',
  method: 'POST',
  path: '/api/plan-goals/:id/steps',
  policy: 'session',
  summary: 'Add a step to a goal: who acts, by when',
  tags: ['plans'],
  params: idParam,
  body: stepBody,
  response: created,
  successStatus: 201,
});
export const updateStepRoute = defineRoute({
  operationId: 'updateStep',
  method: 'PATCH',
  path: '/api/plan-steps/:id',
  policy: 'session',
  summary: 'Change a step (title, due date, actor, evidence)',
  tags: ['plans'],
  params: idParam,
  body: updateStepBody,
  response: changed,
});
export const changeStepStatusRoute = defineRoute({
  operationId: 'changeStepStatus',
  method: 'POST',
  path: '/api/plan-steps/:id/status',
  policy: 'session',
  summary: 'Move a step: in progress, done (with evidence), abandoned (with a reason), reopened',
  tags: ['plans'],
  params: idParam,
  body: stepStatusBody,
  response: changed.extend({ status: z.enum(stepStatuses) }),
});
export const signOffPlanRoute = defineRoute({
  operationId: 'signOffPlan',
  method: 'POST',
  path: '/api/plans/:id/sign-off',
  policy: 'session',
  summary: "Record the person's sign-off (date, method): freezes the plan's revision",
  tags: ['plans'],
  params: idParam,
  body: signOffBody,
  response: changed,
});
export const closePlanBody = z.object({ closedOn: pastDate('The closing day').optional() });
export const closePlanRoute = defineRoute({
  operationId: 'closePlan',
  method: 'POST',
  path: '/api/plans/:id/close',
  policy: 'session',
  summary: 'Close the plan at the end of the accompaniment (it stays readable and printable)',
  tags: ['plans'],
  params: idParam,
  body: closePlanBody,
  response: changed,
});
export const planHistoryRoute = defineRoute({
  operationId: 'planHistory',
  method: 'GET',
  path: '/api/plans/:id/history',
  policy: 'session',
  summary: 'Who changed what in the plan, and when, newest first',
  tags: ['plans'],
  params: idParam,
  response: z.object({ items: z.array(planChangeView) }),
});
export const planPdfRoute = defineRoute({
  operationId: 'planPdf',
  method: 'GET',
  path: '/api/plans/:id/plan.pdf',
  policy: 'session',
  summary: "The plan as PDF, in the plan's language or the one asked for",
  tags: ['plans'],
  params: idParam,
  query: z.object({ locale: z.enum(planLanguages).optional() }),
  response: z.string(),
});

// The web app takes its vocabularies from the contracts.
export {
  barrierKinds,
  cefrLevels,
  experienceKinds,
  goalKinds,
  planLanguages,
  requirementKinds,
  signMethods,
  stepActors,
  stepStatuses,
} from '../modules/plans/domain/vocabulary.js';
