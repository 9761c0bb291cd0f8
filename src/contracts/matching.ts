import { z } from 'zod';
import { matchCriteria } from '../modules/matching/domain/criteria.js';
import { contractTypes, workingTimes } from '../modules/offers/domain/contract-types.js';
import { defineRoute, idParam } from './define.js';
import { text } from './primitives.js';

export { matchCriteria } from '../modules/matching/domain/criteria.js';
export { matchReasonCodes } from '../modules/matching/domain/wishes-fit.js';

// ——— Inputs ———

const hours = z.number().min(1).max(60);

/** What a person looks for, as staff record it with them. Nothing said is null (or an empty list). */
export const jobWishesBody = z
  .object({
    mobilityKm: z
      .number()
      .int()
      .min(0)
      .max(500)
      .nullable()
      .describe('How far they can travel to work, in km'),
    contractTypes: z.array(z.enum(contractTypes)).max(20).default([]),
    workingTime: z.enum(workingTimes).nullable().default(null),
    minHoursPerWeek: hours.nullable().default(null),
    maxHoursPerWeek: hours.nullable().default(null),
    skills: z
      .array(text(100))
      .max(30)
      .default([])
      .describe('What the person can do, in their own words (compared with the skills an offer lists)'),
    credentials: z
      .array(z.object({ label: text(200), status: z.enum(['held', 'in_progress']) }))
      .max(20)
      .default([])
      .describe('Licences and credentials held or under way (a CDL, a driving licence B, RN Kentucky)'),
  })
  .refine(
    (w) => w.minHoursPerWeek === null || w.maxHoursPerWeek === null || w.minHoursPerWeek <= w.maxHoursPerWeek,
    {
      message: 'The fewest hours are at most the most hours',
      path: ['maxHoursPerWeek'],
    },
  );

const weight = z.number().int().min(0).max(10);
/** How much each criterion counts, 0 (not at all) to 10; at least one counts. */
const weightsShape = z.object({
  occupation: weight,
  skills: weight,
  language: weight,
  distance: weight,
  contract: weight,
  hours: weight,
  credential: weight,
});
export const matchWeightsBody = weightsShape.refine((w) => matchCriteria.some((c) => w[c] > 0), {
  message: 'At least one criterion counts',
  path: ['occupation'],
});

const languageQuery = z.enum(['fr', 'en', 'es', 'ar', 'uk']).default('en');
export const bestOffersQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  lang: languageQuery,
});
export const bestPeopleQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Only the people the caller is referent of, rather than the organization's caseload. */
  mine: z.enum(['true', 'false']).default('false'),
  lang: languageQuery,
});

// ——— Outputs ———

export const jobWishesView = z.object({
  personId: z.uuid(),
  mobilityKm: z.number().int().nullable(),
  contractTypes: z.array(z.string()),
  workingTime: z.enum(workingTimes).nullable(),
  minHoursPerWeek: z.number().nullable(),
  maxHoursPerWeek: z.number().nullable(),
  skills: z.array(z.string()),
  credentials: z.array(z.object({ label: z.string(), status: z.enum(['held', 'in_progress']) })),
  updatedAt: z.string().nullable(),
});

export const matchWeightsView = weightsShape.extend({ customized: z.boolean() });

const scoredCriterion = z.object({
  criterion: z.enum(matchCriteria),
  fit: z.number().nullable(),
  weight: z.number().int(),
  reason: z.string().describe('A reason code (matchReasonCodes) the web app words in the reader’s language'),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});

const match = {
  score: z.number().int().min(0).max(100),
  unknown: z.number().int().describe('Criteria counted as unknown (half a fit)'),
  criteria: z.array(scoredCriterion),
};

export const bestOffersView = z.object({
  personId: z.uuid(),
  /** Where distances were measured from, null when the address did not resolve to a place. */
  placeName: z.string().nullable(),
  mobility: z.object({ km: z.number(), assumed: z.boolean() }),
  candidates: z.number().int(),
  items: z.array(
    z.object({
      offer: z.object({
        id: z.uuid(),
        title: z.string(),
        employer: z.object({ id: z.uuid(), name: z.string() }),
        placeName: z.string().nullable(),
        contractType: z.string(),
        workingTime: z.enum(workingTimes),
        hoursPerWeek: z.number().nullable(),
        occupationLabel: z.string().nullable(),
      }),
      ...match,
    }),
  ),
});

export const bestPeopleView = z.object({
  offerId: z.uuid(),
  considered: z.number().int(),
  items: z.array(
    z.object({
      person: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }),
      /** False: a consent to contact employers is not in force; the file may not be sent. */
      contactingEmployersConsent: z.boolean(),
      ...match,
    }),
  ),
});

// ——— Routes ———

const tags = ['matching'];

export const getJobWishesRoute = defineRoute({
  operationId: 'getJobWishes',
  method: 'GET',
  path: '/api/people/:id/job-wishes',
  policy: 'session',
  summary: 'What a person looks for: mobility, contracts, working time, hours',
  tags,
  params: idParam,
  response: jobWishesView,
});

export const setJobWishesRoute = defineRoute({
  operationId: 'setJobWishes',
  method: 'PUT',
  path: '/api/people/:id/job-wishes',
  policy: 'session',
  summary: 'Record what a person looks for (mobility in km, contracts, working time, hours a week)',
  tags,
  params: idParam,
  body: jobWishesBody,
  response: jobWishesView,
});

export const bestOffersForPersonRoute = defineRoute({
  operationId: 'bestOffersForPerson',
  method: 'GET',
  path: '/api/people/:id/best-offers',
  policy: 'session',
  summary: 'The open offers that fit a person best, each with its score and the reason for each criterion',
  tags,
  params: idParam,
  query: bestOffersQuery,
  response: bestOffersView,
});

export const bestPeopleForOfferRoute = defineRoute({
  operationId: 'bestPeopleForOffer',
  method: 'GET',
  path: '/api/offers/:id/best-people',
  policy: 'session',
  summary:
    'The people of my caseload who fit an offer best, with score and reasons; those without consent to contact employers are flagged',
  tags,
  params: idParam,
  query: bestPeopleQuery,
  response: bestPeopleView,
});

export const getMatchWeightsRoute = defineRoute({
  operationId: 'getMatchWeights',
  method: 'GET',
  path: '/api/matching/weights',
  policy: 'session',
  summary: 'How much each matching criterion counts in my organization',
  tags,
  response: matchWeightsView,
});

export const setMatchWeightsRoute = defineRoute({
  operationId: 'setMatchWeights',
  method: 'PUT',
  path: '/api/matching/weights',
  policy: 'session',
  summary: 'Change how much each matching criterion counts in my organization (0 to 10)',
  tags,
  body: matchWeightsBody,
  response: matchWeightsView,
});
