import { z } from 'zod';
import {
  closeReasons,
  communityKinds,
  communityNeeds,
  frontDoorLanguages,
  frontDoorStatuses,
  householdRelations,
  languageLevels,
  quebecRegionCodes,
  requestStates,
} from '../modules/front-door/domain/vocabulary.js';
import { defineRoute, idParam, isoDateTime, paged, pageQuery } from './define.js';
import { optionalText, pastYear, plainText, text } from './primitives.js';

/** The version of the consent text shown on the public page, in the person's language; kept with each request. */
export const frontDoorConsentTextVersion = 'front-door-2026-12';

const slug = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Lower-case letters, digits and single hyphens' });
export const slugParam = z.object({ slug });

const phone = plainText()
  .trim()
  .max(30)
  .regex(/^[+0-9 ().-]*$/, { message: 'Digits, spaces and + ( ) . - only' });
const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

/**
 * What a person or a household asks at the front door. Strict: a field the page does not send is
 * refused rather than ignored, so that nothing is recorded that the person was not asked.
 */
export const frontDoorRequestBody = z
  .strictObject({
    language: z.enum(frontDoorLanguages),
    givenName: text(100),
    familyName: optionalText(100),
    birthYear: pastYear().optional(),
    email: z.email().max(254).optional(),
    phone: phone.optional().transform((v) => (v ? v : undefined)),
    residence: z.strictObject({
      country: z.string().regex(/^[A-Z]{2}$/, { message: 'A country code of two capital letters' }),
      /** In Canada: the municipality chosen in the list (places module), by its code. */
      placeCode: z
        .string()
        .regex(/^[0-9A-Za-z]{1,20}$/)
        .optional(),
      /** Abroad: the city, as the person writes it. */
      city: optionalText(120),
    }),
    status: z.enum(frontDoorStatuses).optional(),
    languages: z
      .array(
        z.strictObject({
          code: z.string().regex(/^[a-z]{2,3}$/, { message: 'A language code (ISO 639)' }),
          level: z.enum(languageLevels),
        }),
      )
      .max(10)
      .refine((list) => unique(list.map((l) => l.code)), { message: 'Each language once' }),
    occupation: optionalText(200),
    /** The ESCO occupation picked among the suggestions (its id); the text above stays what the person typed. */
    occupationCode: z
      .string()
      .regex(/^[0-9A-Za-z.-]{1,80}$/)
      .optional(),
    regionsSought: z
      .array(z.enum(quebecRegionCodes as [string, ...string[]]))
      .max(17)
      .refine(unique, { message: 'Each region once' }),
    anyRegion: z.boolean(),
    communityKinds: z.array(z.enum(communityKinds)).max(3).refine(unique, { message: 'Each kind once' }),
    communityNeeds: z.array(z.enum(communityNeeds)).max(6).refine(unique, { message: 'Each need once' }),
    household: z
      .array(
        z.strictObject({
          relation: z.enum(householdRelations),
          givenName: optionalText(100),
          birthYear: pastYear(),
        }),
      )
      .max(12),
    message: optionalText(2000),
    /** The person ticked the box next to the consent text: nothing is recorded otherwise. */
    consent: z.literal(true),
    /** Hidden from people, who leave it empty; a robot filling every field is answered alike and ignored. */
    website: plainText().max(500).optional(),
  })
  .refine((r) => r.email !== undefined || r.phone !== undefined, {
    message: 'An e-mail address or a phone number, so that someone can answer',
    path: ['email'],
  })
  .refine((r) => r.anyRegion || r.regionsSought.length > 0, {
    message: 'At least one region, or open to any region',
    path: ['regionsSought'],
  });
export type FrontDoorRequestBody = z.input<typeof frontDoorRequestBody>;

const organizationRef = z.object({ id: z.uuid(), name: z.string() });

export const publicFrontDoorView = z.object({
  slug: z.string(),
  programName: z.object({ fr: z.string(), en: z.string() }),
  consortiumName: z.string(),
  open: z.boolean(),
});

export const getPublicFrontDoorRoute = defineRoute({
  operationId: 'getPublicFrontDoor',
  method: 'GET',
  path: '/api/public/front-doors/:slug',
  policy: 'public',
  summary: "A program's public front door: its name and whether it receives requests (nothing else)",
  tags: ['front-door'],
  params: slugParam,
  response: publicFrontDoorView,
});

export const publicPlacesQuery = z.object({ q: text(100) });

export const searchFrontDoorPlacesRoute = defineRoute({
  operationId: 'searchFrontDoorPlaces',
  method: 'GET',
  path: '/api/public/front-doors/:slug/places',
  policy: 'public',
  summary: 'Municipalities of Québec whose name begins like the text (reference data), for the public form',
  tags: ['front-door'],
  params: slugParam,
  query: publicPlacesQuery,
  response: z.object({
    items: z.array(z.object({ code: z.string(), name: z.string(), regionName: z.string().nullable() })),
  }),
});

export const publicOccupationsQuery = z.object({
  q: text(100),
  /** The page's language: each occupation is named in it (ESCO), whatever language the text was typed in. */
  lang: z.enum(frontDoorLanguages).default('fr'),
});

export const suggestFrontDoorOccupationsRoute = defineRoute({
  operationId: 'suggestFrontDoorOccupations',
  method: 'GET',
  path: '/api/public/front-doors/:slug/occupations',
  policy: 'public',
  summary:
    'Occupations (ESCO) whose titles in any language match what the person typed, for the public form: code and label only, at most 10',
  tags: ['front-door'],
  params: slugParam,
  query: publicOccupationsQuery,
  response: z.object({ items: z.array(z.object({ code: z.string(), label: z.string() })).max(10) }),
});

export const submitFrontDoorRequestRoute = defineRoute({
  operationId: 'submitFrontDoorRequest',
  method: 'POST',
  path: '/api/public/front-doors/:slug/requests',
  policy: 'public',
  summary: 'Ask for accompaniment; the same answer whether or not the person asked before',
  tags: ['front-door'],
  params: slugParam,
  body: frontDoorRequestBody,
  successStatus: 201,
  response: z.object({ status: z.literal('received') }),
});

// ——— Routing rules (the coordinator) ———

export const routingConditions = z.strictObject({
  languagesAmong: z
    .array(z.string().regex(/^[a-z]{2,3}$/))
    .max(20)
    .optional(),
  statusesAmong: z.array(z.enum(frontDoorStatuses)).max(7).optional(),
  countriesAmong: z
    .array(z.string().regex(/^[A-Z]{2}$/))
    .max(50)
    .optional(),
  regionCodesAmong: z
    .array(z.enum(quebecRegionCodes as [string, ...string[]]))
    .max(17)
    .optional(),
  withChildren: z.boolean().optional(),
});

export const routingRuleInput = z.strictObject({
  label: text(120),
  conditions: routingConditions,
  targetOrganizationId: z.uuid(),
});

export const frontDoorSettingsBody = z.strictObject({
  slug,
  open: z.boolean(),
  receivingOrganizationIds: z.array(z.uuid()).min(1).max(50).refine(unique, { message: 'Each member once' }),
  rules: z.array(routingRuleInput).max(50),
});

export const frontDoorSettingsView = z.object({
  programId: z.uuid(),
  configured: z.boolean(),
  slug: z.string().nullable(),
  open: z.boolean(),
  receivingOrganizationIds: z.array(z.uuid()),
  rules: z.array(routingRuleInput.extend({ id: z.string() })),
  /** The consortium's members: who may receive requests and be a rule's target. */
  members: z.array(organizationRef),
});

export const getFrontDoorSettingsRoute = defineRoute({
  operationId: 'getFrontDoorSettings',
  method: 'GET',
  path: '/api/programs/:id/front-door',
  policy: 'session',
  summary:
    "A consortium program's front door: its address, receiving members and routing rules (coordination)",
  tags: ['front-door'],
  params: idParam,
  response: frontDoorSettingsView,
});

export const setFrontDoorSettingsRoute = defineRoute({
  operationId: 'setFrontDoorSettings',
  method: 'PUT',
  path: '/api/programs/:id/front-door',
  policy: 'session',
  summary: 'Open or change the front door and its routing rules (the coordinating organization)',
  tags: ['front-door'],
  params: idParam,
  body: frontDoorSettingsBody,
  response: frontDoorSettingsView,
});

// ——— The queue ———

export const proposalReasonView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rule'), ruleId: z.string(), label: z.string(), position: z.number().int() }),
  z.object({ kind: z.literal('least_load'), load: z.number().int() }),
]);

export const frontDoorRequestSummary = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  receivedAt: isoDateTime,
  lastReceivedAt: isoDateTime,
  repeatCount: z.number().int(),
  language: z.enum(frontDoorLanguages),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  householdSize: z.number().int(),
  withChildren: z.boolean(),
  residenceCountry: z.string(),
  residenceCity: z.string().nullable(),
  regionsSought: z.array(z.string()),
  anyRegion: z.boolean(),
  state: z.enum(requestStates),
  proposedOrganization: organizationRef.nullable(),
  proposalReason: proposalReasonView.nullable(),
  assignedOrganization: organizationRef.nullable(),
  personId: z.uuid().nullable(),
  closeReason: z.enum(closeReasons).nullable(),
  /** What the person wrote as their former occupation, and the ESCO occupation they picked, named in the reader's language. */
  occupation: z.string().nullable(),
  occupationCode: z.string().nullable(),
  occupationLabel: z.string().nullable(),
});

export const frontDoorRequestView = frontDoorRequestSummary.extend({
  birthYear: z.number().int().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  residenceRegionCode: z.string().nullable(),
  /** Only for roles allowed to see a person's status, in the coordinating or assigned organization; else null. */
  status: z.enum(frontDoorStatuses).nullable(),
  statusShown: z.boolean(),
  languages: z.array(z.object({ code: z.string(), level: z.enum(languageLevels) })),
  communityKinds: z.array(z.enum(communityKinds)),
  communityNeeds: z.array(z.enum(communityNeeds)),
  household: z.array(
    z.object({
      relation: z.enum(householdRelations),
      givenName: z.string().nullable(),
      birthYear: z.number(),
    }),
  ),
  message: z.string().nullable(),
  consentTextVersion: z.string(),
  consentGivenAt: isoDateTime,
  assignmentNote: z.string().nullable(),
  assignedAt: isoDateTime.nullable(),
  closeNote: z.string().nullable(),
  anonymized: z.boolean(),
  /** What the reader may do: the coordinating organization assigns; the assigned member opens a file or closes. */
  canAssign: z.boolean(),
  canWork: z.boolean(),
});

export const listFrontDoorRequestsQuery = pageQuery.extend({
  programId: z.uuid().optional(),
  state: z.enum([...requestStates, 'open', 'all']).default('open'),
});

export const listFrontDoorRequestsRoute = defineRoute({
  operationId: 'listFrontDoorRequests',
  method: 'GET',
  path: '/api/front-door/requests',
  policy: 'session',
  summary: 'The queue: every request of the consortia the organization coordinates, or those assigned to it',
  tags: ['front-door'],
  query: listFrontDoorRequestsQuery,
  response: paged(frontDoorRequestSummary).extend({ coordinates: z.boolean() }),
});

export const readFrontDoorRequestRoute = defineRoute({
  operationId: 'readFrontDoorRequest',
  method: 'GET',
  path: '/api/front-door/requests/:id',
  policy: 'session',
  summary: 'One request (the coordinating organization, or the member it is assigned to)',
  tags: ['front-door'],
  params: idParam,
  response: frontDoorRequestView,
});

export const assignFrontDoorRequestBody = z.strictObject({
  organizationId: z.uuid(),
  note: optionalText(1000),
});

export const assignFrontDoorRequestRoute = defineRoute({
  operationId: 'assignFrontDoorRequest',
  method: 'POST',
  path: '/api/front-door/requests/:id/assignment',
  policy: 'session',
  summary: 'Confirm the proposed member or reassign to another; the person is told who will contact them',
  tags: ['front-door'],
  params: idParam,
  body: assignFrontDoorRequestBody,
  response: frontDoorRequestView,
});

export const closeFrontDoorRequestBody = z.strictObject({
  reason: z.enum(closeReasons),
  note: optionalText(1000),
});

export const closeFrontDoorRequestRoute = defineRoute({
  operationId: 'closeFrontDoorRequest',
  method: 'POST',
  path: '/api/front-door/requests/:id/close',
  policy: 'session',
  summary: 'Close a request without a file, with a coded reason',
  tags: ['front-door'],
  params: idParam,
  body: closeFrontDoorRequestBody,
  response: frontDoorRequestView,
});

export const convertFrontDoorRequestRoute = defineRoute({
  operationId: 'convertFrontDoorRequest',
  method: 'POST',
  path: '/api/front-door/requests/:id/conversion',
  policy: 'session',
  summary: "Open the person's file from the request (the assigned member) and link them",
  tags: ['front-door'],
  params: idParam,
  successStatus: 201,
  response: z.object({ personId: z.uuid() }),
});
