import { z } from 'zod';
import {
  countingUnits,
  exitOutcomes,
  thresholdComparisons,
} from '../../modules/outcomes/domain/vocabulary.js';
import { defineRoute, idParam } from '../define.js';
import { plannedDate } from '../primitives.js';

/** Each program's positive-exit rule, as versions that start on a day and never rewrite the past. */

export const positiveExitRuleBody = z.object({
  positiveOutcomes: z.array(z.enum(exitOutcomes)).min(1).max(exitOutcomes.length),
  fixedTermMinimumMonths: z.number().int().min(1).max(60).nullable(),
  fixedTermComparison: z.enum(thresholdComparisons),
  exclusions: z.array(z.enum(exitOutcomes)).max(exitOutcomes.length),
  requireQualificationLevel: z.boolean(),
  requireCredential: z.boolean(),
  requireEmployedInField: z
    .boolean()
    .default(false)
    .describe('Employment counts only in the field of a credential obtained through a recognition case'),
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
  createdByName: z.string().nullable().describe('Who decided the version; null when the platform set it'),
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
