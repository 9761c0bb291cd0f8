import { z } from 'zod';
import { contractTypes, workingTimes } from '../modules/offers/domain/contract-types.js';
import { payPeriods } from '../modules/offers/domain/pay.js';
import {
  earlyEndReasons,
  maxEndAlertDays,
  qualificationComparisons,
  suspensionReasons,
} from '../modules/placements/domain/vocabulary.js';
import { defineRoute, idParam } from './define.js';
import { fromMergedFile } from './merged-file.js';
import { plainText, plannedDate, text } from './primitives.js';

export { earlyEndReasons, suspensionReasons } from '../modules/placements/domain/vocabulary.js';

const cents = z.number().int().min(0).max(100_000_000_00);

// ——— Inputs ———

/** A hire as a counselor records it; the use case checks it against the employer's country and the law. */
export const placementBody = z.object({
  personId: z.uuid(),
  employerId: z.uuid(),
  siteId: z.uuid().nullish().describe('The employer’s site where the person works'),
  offerId: z.uuid().nullish().describe('The job offer of the directory the person was hired on'),
  applicationId: z
    .uuid()
    .nullish()
    .describe('The person’s application to this offer: it moves to hired in the same transaction'),
  jobTitle: text(200),
  escoId: plainText().trim().max(300).nullish().describe('The ESCO occupation (id or URI)'),
  contractType: z.enum(contractTypes),
  workingTime: z.enum(workingTimes).default('full_time'),
  hoursPerWeek: z.number().min(1).max(60).nullish(),
  wage: z
    .object({ cents, period: z.enum(payPeriods) })
    .nullish()
    .describe('Gross wage in integer cents of the country’s currency, per hour, month or year'),
  startsOn: plannedDate('The start date'),
  plannedEndOn: plannedDate('The planned end').nullish().describe('Required for fixed-term contracts'),
});

export const renewalBody = z.object({
  newEndOn: plannedDate('The new planned end'),
  decidedOn: plannedDate('The day the renewal was agreed'),
});

export const suspensionBody = z.object({
  fromOn: plannedDate('The first day suspended'),
  toOn: plannedDate('The last day suspended'),
  reason: z.enum(suspensionReasons),
});

export const earlyEndBody = z.object({
  endedOn: plannedDate('The last day of the contract'),
  reason: z.enum(earlyEndReasons),
});

export const placementSettingsBody = z.object({
  endAlertDays: z.number().int().min(1).max(maxEndAlertDays).describe('Days before a contract’s end'),
});

// ——— Outputs ———

export const placementView = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    employer: z.object({ id: z.uuid(), name: z.string(), siae: z.boolean() }).nullable(),
    site: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    offerId: z.uuid().nullable(),
    applicationId: z.uuid().nullable(),
    country: z.enum(['FR', 'US', 'CA']),
    jobTitle: z.string(),
    occupation: z
      .object({ escoId: z.string(), label: z.string().nullable(), iscoCode: z.string().nullable() })
      .nullable(),
    contractType: z.enum(contractTypes),
    workingTime: z.enum(workingTimes),
    hoursPerWeek: z.number().nullable(),
    wage: z
      .object({
        cents: z.number().int(),
        period: z.enum(payPeriods),
        currency: z.enum(['EUR', 'USD', 'CAD']),
      })
      .nullable(),
    startsOn: z.string(),
    plannedEndOn: z.string().nullable(),
    /** The term after renewals, or the day it ended early; null when open-ended. */
    endsOn: z.string().nullable(),
    state: z.enum(['not_started', 'running', 'suspended', 'ended']),
    endAlert: z.object({ endsOn: z.string(), daysLeft: z.number().int() }).nullable(),
    endedEarly: z.object({ on: z.string(), reason: z.enum(earlyEndReasons) }).nullable(),
    renewals: z.array(
      z.object({ id: z.uuid(), previousEndOn: z.string(), newEndOn: z.string(), decidedOn: z.string() }),
    ),
    suspensions: z.array(
      z.object({ id: z.uuid(), fromOn: z.string(), toOn: z.string(), reason: z.enum(suspensionReasons) }),
    ),
    qualification: z.object({
      comparison: z.enum(qualificationComparisons),
      jobLevel: z.number().int().nullable(),
      personLevel: z.number().int().nullable(),
    }),
    createdAt: z.string(),
  })
  .meta({ id: 'Placement' });
export type PlacementView = z.infer<typeof placementView>;

export const placementSettings = z.object({
  endAlertDays: z.number().int(),
  mayChange: z.boolean(),
});

// ——— Routes ———

const tags = ['placements'];

export const listPersonPlacementsRoute = defineRoute({
  operationId: 'listPersonPlacements',
  method: 'GET',
  path: '/api/people/:id/placements',
  policy: 'session',
  summary: 'A person’s hires and work contracts, the latest start first, each with its end alert',
  tags,
  params: idParam,
  query: z.object({ lang: z.enum(['fr', 'en', 'es', 'ar', 'uk']).default('en') }),
  response: z.object({
    items: z.array(placementView.extend({ fromMergedFile })),
    endAlertDays: z.number().int(),
  }),
});

export const recordPlacementRoute = defineRoute({
  operationId: 'recordPlacement',
  method: 'POST',
  path: '/api/placements',
  policy: 'session',
  summary: 'Record a hire: a work contract of a person with an employer of my organization’s directory',
  tags,
  body: placementBody,
  successStatus: 201,
  response: z.object({ id: z.uuid() }),
});

export const renewPlacementRoute = defineRoute({
  operationId: 'renewPlacement',
  method: 'POST',
  path: '/api/placements/:id/renewals',
  policy: 'session',
  summary: 'Renew a fixed-term contract to a later planned end',
  tags,
  params: idParam,
  body: renewalBody,
  successStatus: 201,
  response: z.object({ id: z.uuid(), endsOn: z.string() }),
});

export const suspendPlacementRoute = defineRoute({
  operationId: 'suspendPlacement',
  method: 'POST',
  path: '/api/placements/:id/suspensions',
  policy: 'session',
  summary: 'Record a suspension of a contract (its term does not move)',
  tags,
  params: idParam,
  body: suspensionBody,
  successStatus: 201,
  response: z.object({ id: z.uuid() }),
});

export const endPlacementEarlyRoute = defineRoute({
  operationId: 'endPlacementEarly',
  method: 'POST',
  path: '/api/placements/:id/early-end',
  policy: 'session',
  summary: 'Record that a contract ended before its term, and why',
  tags,
  params: idParam,
  body: earlyEndBody,
  response: z.object({ id: z.uuid(), endsOn: z.string() }),
});

export const getPlacementSettingsRoute = defineRoute({
  operationId: 'getPlacementSettings',
  method: 'GET',
  path: '/api/placement-settings',
  policy: 'session',
  summary: 'How many days before a contract’s end my organization’s referents are alerted',
  tags,
  response: placementSettings,
});

export const changePlacementSettingsRoute = defineRoute({
  operationId: 'changePlacementSettings',
  method: 'PUT',
  path: '/api/placement-settings',
  policy: 'session',
  summary: 'Set how many days before a contract’s end referents are alerted (administrators, coordinators)',
  tags,
  body: placementSettingsBody,
  response: placementSettings,
});
