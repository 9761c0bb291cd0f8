import { z } from 'zod';
import { timeZoneName } from '../modules/organizations/domain/time-zone-name.js';
import {
  documentsUnique,
  healthNeedsConsistent,
  regionsProblem,
  stepsProblem,
} from '../modules/relocation-plans/domain/plan-rules.js';
import {
  businessKinds,
  businessStepKinds,
  documentStatuses,
  healthNeeds,
  housingTenures,
  lifeSettings,
  maxPreferredRegions,
  predepartureDocumentKinds,
  quebecRegionCodes,
  relocationTracks,
  stepStatuses,
} from '../modules/relocation-plans/domain/vocabulary.js';
import { defineRoute, idParam } from './define.js';
import { optionalText, pastDate, plainText, plannedDate } from './primitives.js';

export {
  businessKinds,
  businessStepKinds,
  documentStatuses,
  healthNeeds,
  housingTenures,
  lifeSettings,
  predepartureDocumentKinds,
  relocationTracks,
  stepStatuses,
};

/**
 * A household's regionalization plan (docs/relocation-plans.md), on its main contact's file: the
 * community sought, studies, the track (employment, entrepreneurship, studies), the pre-departure
 * track of a person still abroad and the entrepreneurship track. Saved whole, each save a revision.
 */
const regionCode = z.enum(quebecRegionCodes as [string, ...string[]]);
const regionRef = z.object({ country: z.literal('CA'), code: regionCode });
/** Rent or mortgage a month, in cents (at most 100,000 dollars). */
const monthlyCents = z.number().int().min(0).max(10_000_000);

const businessStep = z
  .object({
    kind: z.enum(businessStepKinds),
    status: z.enum(stepStatuses),
    startedOn: pastDate('The day a step started').nullish(),
    doneOn: pastDate('The day a step was done').nullish(),
  })
  .transform((s) => ({ ...s, startedOn: s.startedOn ?? null, doneOn: s.doneOn ?? null }));

const predepartureDocument = z
  .object({
    kind: z.enum(predepartureDocumentKinds),
    status: z.enum(documentStatuses),
    documentId: z.uuid().nullish().describe('A document of the file that proves it'),
  })
  .transform((d) => ({ ...d, documentId: d.documentId ?? null }));

export const relocationPlanBody = z
  .object({
    expectedRevision: z
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .describe('The revision the form was read at; 0 to start the plan'),
    track: z.enum(relocationTracks),
    regions: z
      .array(regionRef)
      .max(maxPreferredRegions)
      .refine((r) => regionsProblem(r) === null, { message: 'Each region once, at most five' })
      .describe('Québec administrative regions, most wanted first'),
    movingMemberIds: z
      .array(z.uuid())
      .max(20)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'Each member once' })
      .describe('Members of the household (with a file) who move'),
    housingTenure: z.enum(housingTenures).nullish(),
    housingRooms: z.number().int().min(1).max(20).nullish(),
    housingBudgetMinCents: monthlyCents.nullish(),
    housingBudgetMaxCents: monthlyCents.nullish(),
    schoolsNeeded: z.boolean(),
    childcareNeeded: z.boolean(),
    healthNeeds: z
      .array(z.enum(healthNeeds))
      .max(healthNeeds.length)
      .refine(healthNeedsConsistent, { message: '"none" stands alone; each need once' }),
    healthNote: optionalText(1000).describe('Health data: shown only in the person’s organization'),
    lifeSettings: z
      .array(z.enum(lifeSettings))
      .max(lifeSettings.length)
      .refine((l) => new Set(l).size === l.length, { message: 'Each setting once' }),
    spouseOccupation: optionalText(200),
    spouseSeeksWork: z.boolean().nullish(),
    studiesProgram: optionalText(200),
    studiesInstitution: optionalText(200),
    studiesRegionCode: regionCode.nullish(),
    abroadCountry: plainText()
      .regex(/^[A-Z]{2}$/, 'An ISO country code such as TN or CO')
      .nullish()
      .describe('Where a person still abroad lives now'),
    abroadTimeZone: timeZoneName.nullish(),
    plannedArrivalOn: plannedDate('The planned arrival day').nullish(),
    predepartureDocuments: z
      .array(predepartureDocument)
      .max(predepartureDocumentKinds.length)
      .refine(documentsUnique, { message: 'Each document once' }),
    businessKind: z.enum(businessKinds).nullish(),
    businessDescription: optionalText(2000),
    businessTakeoverOf: optionalText(200).describe('The business taken over'),
    businessPlaceCode: plainText()
      .regex(/^[0-9]{1,10}$/, 'A municipality of the places reference')
      .nullish()
      .describe('Its municipality in Canada (places reference)'),
    businessSteps: z
      .array(businessStep)
      .max(businessStepKinds.length)
      .refine((s) => stepsProblem(s) === null, {
        message: 'Each step once; a done step has its day, not before it started; other steps none',
      }),
    businessCreatedOn: pastDate('The day the business was created').nullish(),
    businessNeq: plainText().max(20).nullish().describe('Québec enterprise number (NEQ), 10 digits'),
  })
  .refine(
    (b) =>
      b.housingBudgetMinCents === null ||
      b.housingBudgetMinCents === undefined ||
      b.housingBudgetMaxCents === null ||
      b.housingBudgetMaxCents === undefined ||
      b.housingBudgetMinCents <= b.housingBudgetMaxCents,
    { path: ['housingBudgetMaxCents'], message: 'The most is at least the least' },
  )
  .refine((b) => !b.businessNeq || b.businessCreatedOn, {
    path: ['businessCreatedOn'],
    message: 'A business with its NEQ has its creation day',
  });
export type RelocationPlanBody = z.input<typeof relocationPlanBody>;

const planView = z.object({
  id: z.uuid(),
  revision: z.number().int(),
  track: z.enum(relocationTracks),
  regions: z.array(z.object({ country: z.literal('CA'), code: z.string(), name: z.string() })),
  movingMemberIds: z.array(z.uuid()),
  housingTenure: z.enum(housingTenures).nullable(),
  housingRooms: z.number().int().nullable(),
  housingBudgetMinCents: z.number().int().nullable(),
  housingBudgetMaxCents: z.number().int().nullable(),
  schoolsNeeded: z.boolean(),
  childcareNeeded: z.boolean(),
  healthNeeds: z.array(z.enum(healthNeeds)),
  /** Null for readers outside the person's organization and roles that do not see health data. */
  healthNote: z.string().nullable(),
  lifeSettings: z.array(z.enum(lifeSettings)),
  spouseOccupation: z.string().nullable(),
  spouseSeeksWork: z.boolean().nullable(),
  studiesProgram: z.string().nullable(),
  studiesInstitution: z.string().nullable(),
  studiesRegionCode: z.string().nullable(),
  abroadCountry: z.string().nullable(),
  abroadTimeZone: z.string().nullable(),
  plannedArrivalOn: z.string().nullable(),
  predepartureDocuments: z.array(
    z.object({
      kind: z.enum(predepartureDocumentKinds),
      status: z.enum(documentStatuses),
      documentId: z.uuid().nullable(),
    }),
  ),
  businessKind: z.enum(businessKinds).nullable(),
  businessDescription: z.string().nullable(),
  businessTakeoverOf: z.string().nullable(),
  businessPlace: z.object({ country: z.string(), code: z.string(), name: z.string() }).nullable(),
  businessSteps: z.array(
    z.object({
      kind: z.enum(businessStepKinds),
      status: z.enum(stepStatuses),
      startedOn: z.string().nullable(),
      doneOn: z.string().nullable(),
    }),
  ),
  businessCreatedOn: z.string().nullable(),
  businessNeq: z.string().nullable(),
  updatedAt: z.string(),
  updatedByName: z.string(),
});
export type RelocationPlanView = z.infer<typeof planView>;

const householdView = z.object({
  /** The person's household of files; null when they are in none. */
  householdId: z.uuid().nullable(),
  mainContact: z.object({ personId: z.uuid(), givenName: z.string(), familyName: z.string() }).nullable(),
  /** Current members with a file of their own (the person included), with their age today. */
  members: z.array(
    z.object({
      personId: z.uuid(),
      givenName: z.string(),
      familyName: z.string(),
      relation: z.string(),
      age: z.number().int().nullable(),
    }),
  ),
  /** Dependants without a file, recorded in the person's file. */
  dependants: z.array(
    z.object({ relation: z.string(), givenName: z.string().nullable(), age: z.number().int().nullable() }),
  ),
});

export const relocationPlanResponse = z.object({
  plan: planView.nullable(),
  household: householdView,
  /** Whether this file may hold the household's plan (it is the main contact's, or in no household). */
  holdsHouseholdPlan: z.boolean(),
  predeparture: z
    .object({
      ready: z.boolean(),
      gaps: z.array(z.enum(['documents', 'arrival_date', 'first_appointment'])),
      documentsDone: z.number().int(),
      documentsTotal: z.number().int(),
      arrivalWeek: z.object({ from: z.string(), to: z.string() }).nullable(),
      /** Appointments of the file in the arrival week (the organization's time zone). */
      arrivalWeekAppointments: z.array(z.object({ id: z.uuid(), startsAt: z.string(), mode: z.string() })),
      /** Coming meetings of the remote (virtual or hybrid) sessions the person is enrolled in. */
      remoteMeetings: z.array(
        z.object({
          enrolmentId: z.uuid(),
          seriesId: z.uuid(),
          meetingId: z.uuid(),
          title: z.string(),
          organizationName: z.string(),
          mode: z.enum(['virtual', 'hybrid']),
          status: z.enum(['enrolled', 'waitlisted']),
          /** Null on the waitlist. */
          meetingLink: z.string().nullable(),
          startsAt: z.string(),
          durationMinutes: z.number().int(),
        }),
      ),
      /** Remote sessions open to the organization (its own, its consortia's, public) the person is not in. */
      openRemoteSeries: z.array(
        z.object({
          seriesId: z.uuid(),
          title: z.string(),
          organizationName: z.string(),
          /** Whether another organization runs it (enrolling needs the person's consent to share). */
          otherOrganization: z.boolean(),
          mode: z.enum(['virtual', 'hybrid']),
          presenter: z.string().nullable(),
          language: z.string(),
          nextStartsAt: z.string(),
          /** Null when the series has no seat limit. */
          seatsLeft: z.number().int().nullable(),
        }),
      ),
    })
    .nullable(),
  /** The organization's time zone, to show remote sessions and appointments in both zones. */
  organizationTimeZone: z.string(),
});
export type RelocationPlanResponse = z.infer<typeof relocationPlanResponse>;

export const readRelocationPlanRoute = defineRoute({
  operationId: 'readRelocationPlan',
  method: 'GET',
  path: '/api/people/:id/relocation-plan',
  policy: 'session',
  summary: "The household's regionalization plan on this file, its household and pre-departure readiness",
  tags: ['relocation-plans'],
  params: idParam,
  response: relocationPlanResponse,
});

export const saveRelocationPlanRoute = defineRoute({
  operationId: 'saveRelocationPlan',
  method: 'PUT',
  path: '/api/people/:id/relocation-plan',
  policy: 'session',
  summary: 'Start or revise the regionalization plan (saved whole; each save is a revision)',
  tags: ['relocation-plans'],
  params: idParam,
  body: relocationPlanBody,
  response: z.object({ id: z.uuid(), revision: z.number().int() }),
});

export const relocationPlanRevisionsRoute = defineRoute({
  operationId: 'relocationPlanRevisions',
  method: 'GET',
  path: '/api/people/:id/relocation-plan/revisions',
  policy: 'session',
  summary: 'The history of the regionalization plan: each revision, who saved it, what it changed',
  tags: ['relocation-plans'],
  params: idParam,
  response: z.object({
    items: z.array(
      z.object({
        revision: z.number().int(),
        recordedAt: z.string(),
        recordedByName: z.string(),
        changedFields: z.array(z.string()),
        track: z.enum(relocationTracks),
      }),
    ),
  }),
});

export const relocationPlanOffersRoute = defineRoute({
  operationId: 'relocationPlanOffers',
  method: 'GET',
  path: '/api/people/:id/relocation-plan/offers',
  policy: 'session',
  summary: "Open job offers of the organization in the plan's preferred regions, first region first",
  tags: ['relocation-plans'],
  params: idParam,
  response: z.object({
    items: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        placeName: z.string().nullable(),
        regionCode: z.string(),
        regionName: z.string(),
        contractType: z.string(),
        expiresOn: z.string().nullable(),
        /** Whether the offer's occupation is one of the person's target occupations (the plan's). */
        matchesTarget: z.boolean(),
      }),
    ),
  }),
});
