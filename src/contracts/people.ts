import { z } from 'zod';
import { alertCodes, alertFilters } from '../modules/caseload/domain/caseload-signals.js';
import { consentSections, legacyCovers } from '../modules/people/domain/consent.js';
import {
  barrierCategories,
  barrierStatuses,
  consentPurposes,
  householdRelations,
  languageScales,
  languageSkills,
  recognitionStatuses,
} from '../modules/people/domain/file-vocabulary.js';
import { immigrationStatuses } from '../modules/people/domain/immigration-status.js';
import { distributionStrategies } from '../modules/people/domain/referent-distribution.js';
import { defineRoute, idParam, paged } from './define.js';
import {
  birthDate,
  careerYear,
  endsAfterStart,
  eventDate,
  optionalText,
  pastDate,
  pastYear,
  plainText,
  text,
} from './primitives.js';

export { alertCodes, alertFilters } from '../modules/caseload/domain/caseload-signals.js';
export { consentSections } from '../modules/people/domain/consent.js';
/** The vocabularies of the person's file, for the web application (one definition, in the people module). */
export {
  barrierCategories,
  barrierStatuses,
  cefrLevels,
  consentPurposes,
  householdRelations,
  languageSkills,
} from '../modules/people/domain/file-vocabulary.js';
export { immigrationStatuses } from '../modules/people/domain/immigration-status.js';
export { distributionStrategies } from '../modules/people/domain/referent-distribution.js';

const name = text(120);
const countryCode = plainText().trim().length(2).toUpperCase();
const languageCode = plainText()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'ISO 639 code of 2 or 3 letters');

export const identityInput = z.object({
  givenName: name.describe('Given name in Latin script'),
  familyName: name.describe('Family name in Latin script'),
  givenNameOriginal: optionalText(120).describe('Given name as the person writes it, in any script'),
  familyNameOriginal: optionalText(120).describe('Family name as the person writes it, in any script'),
  sex: z.enum(['female', 'male', 'other']).nullish(),
  birthDate: birthDate().nullish(),
  nationality: countryCode.nullish(),
  phone: optionalText(40),
  email: z.string().trim().email().max(320).nullish(),
  address: optionalText(300),
  city: optionalText(120),
  region: optionalText(120),
  country: countryCode.nullish(),
  preferredLanguage: languageCode.nullish(),
  immigrationStatus: z.enum(immigrationStatuses).nullish(),
  statusDate: pastDate('The date the status was granted').nullish(),
  asylumApplicationDate: pastDate('The asylum application date').nullish(),
  arrivalDate: pastDate('The arrival date').nullish(),
  referentUserId: z.uuid().nullish(),
});

export const languageInput = z.object({
  language: languageCode,
  motherTongue: z.boolean().default(false),
  scale: z.enum(languageScales).nullish(),
  skill: z.enum(languageSkills).nullish(),
  level: optionalText(3),
  testName: optionalText(120),
  testDate: pastDate('The test date').nullish(),
});
export const educationInput = z.object({
  iscedLevel: z.number().int().min(0).max(8).nullish(),
  field: optionalText(200),
  country: countryCode.nullish(),
  yearCompleted: careerYear().nullish(),
  obtainedAbroad: z.boolean(),
  recognitionStatus: z.enum(recognitionStatuses).default('not_started'),
});
export const experienceInput = z
  .object({
    occupationLabel: text(300).min(2),
    escoId: optionalText(80),
    employer: optionalText(200),
    country: countryCode.nullish(),
    startYear: careerYear().nullish(),
    endYear: careerYear().nullish(),
  })
  .refine(...endsAfterStart('startYear', 'endYear'));
export const barrierInput = z
  .object({
    category: z.enum(barrierCategories),
    status: z.enum(barrierStatuses).default('identified'),
    identifiedOn: pastDate('The day the barrier was identified'),
    resolvedOn: pastDate('The day the barrier was resolved').nullish(),
    note: optionalText(2000),
  })
  .refine(...endsAfterStart('identifiedOn', 'resolvedOn'));
export const householdMemberInput = z.object({
  relation: z.enum(householdRelations),
  givenName: optionalText(120),
  birthYear: pastYear().nullish(),
});
export const consentInput = z
  .object({
    purpose: z.enum(consentPurposes),
    partnerOrganizationIds: z.array(z.uuid()).max(100).default([]),
    partnerConsortiumIds: z
      .array(z.uuid())
      .max(20)
      .default([])
      .describe('Consortia whose members, at the time of each read, may read ("members of consortium X")'),
    covers: z
      .array(z.enum(consentSections))
      .max(consentSections.length)
      .default([...legacyCovers])
      .describe('The sections of the file shared with the partners'),
    givenOn: pastDate('The day the consent was given'),
    expiresOn: eventDate('The expiry date').nullish(),
  })
  .refine(...endsAfterStart('givenOn', 'expiresOn'));

export const personItemInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('language'), data: languageInput }),
  z.object({ kind: z.literal('education'), data: educationInput }),
  z.object({ kind: z.literal('experience'), data: experienceInput }),
  z.object({ kind: z.literal('barrier'), data: barrierInput }),
  z.object({ kind: z.literal('household_member'), data: householdMemberInput }),
  z.object({ kind: z.literal('consent'), data: consentInput }),
]);
export const personItemKinds = [
  'language',
  'education',
  'experience',
  'barrier',
  'household_member',
  'consent',
] as const;

export const createPersonBody = z.object({
  identity: identityInput,
  languages: z.array(languageInput).max(20).default([]),
  education: z.array(educationInput).max(20).default([]),
  experience: z.array(experienceInput).max(50).default([]),
  barriers: z.array(barrierInput).max(20).default([]),
  household: z.array(householdMemberInput).max(20).default([]),
  consents: z.array(consentInput).max(20).default([]),
});

const item = <T extends z.ZodRawShape>(shape: T) => z.object({ id: z.uuid(), ...shape });
/**
 * Dates and years as stored: the bounds of the inputs are checked on the way in, and a record kept
 * from before a bound existed must stay readable.
 */
const storedDate = z.string().nullable();
const storedYear = z.number().int().nullable();

export const personFile = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    identity: identityInput.extend({
      referentName: z.string().nullable(),
      birthDate: storedDate.optional(),
      statusDate: storedDate.optional(),
      asylumApplicationDate: storedDate.optional(),
      arrivalDate: storedDate.optional(),
    }),
    /** True when the caller's role may not see immigration status details and health barriers. */
    sensitiveHidden: z.boolean(),
    age: z.number().int().nullable(),
    householdSize: z.number().int(),
    languages: z.array(item({ ...languageInput.shape, testDate: storedDate.optional() })),
    education: z.array(item({ ...educationInput.shape, yearCompleted: storedYear.optional() })),
    experience: z.array(
      item({ ...experienceInput.shape, startYear: storedYear.optional(), endYear: storedYear.optional() }),
    ),
    barriers: z.array(
      item({ ...barrierInput.shape, identifiedOn: z.string(), resolvedOn: storedDate.optional() }),
    ),
    household: z.array(item({ ...householdMemberInput.shape, birthYear: storedYear.optional() })),
    consents: z.array(
      item({
        ...consentInput.shape,
        givenOn: z.string(),
        expiresOn: storedDate.optional(),
        revokedOn: z.string().nullable(),
        inForce: z.boolean(),
        /** What the file says of it today: in force, not yet, expired (after `expiresOn`), revoked (on `revokedOn`). */
        state: z.enum(['in_force', 'not_yet_in_force', 'expired', 'revoked']),
        partnerOrganizations: z.array(z.object({ id: z.uuid(), name: z.string() })),
        partnerConsortia: z.array(z.object({ id: z.uuid(), name: z.string() })),
      }),
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PersonFile' });
export type PersonFileView = z.infer<typeof personFile>;

export const caseloadRow = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  givenNameOriginal: z.string().nullable(),
  familyNameOriginal: z.string().nullable(),
  birthDate: z.string().nullable(),
  city: z.string().nullable(),
  referentUserId: z.uuid().nullable(),
  referentName: z.string().nullable(),
  createdAt: z.string(),
  /** The sooner of the next step due and the next appointment (a day for a step, an instant for an appointment). */
  nextAction: z
    .object({ kind: z.enum(['step', 'appointment']), on: z.string(), title: z.string().nullable() })
    .nullable(),
  overdueSteps: z.number().int(),
  /** In the 90 days ending today. */
  missedAppointments: z.number().int(),
  /** In the 30 days ending today, and what the person's programs expect (null when none sets it). */
  contacts: z.object({ last30Days: z.number().int(), expected: z.number().int().nullable() }),
  lastContactOn: z.string().nullable(),
  alerts: z.array(z.enum(alertCodes)),
});

export const caseloadSorts = ['urgency', 'nextAction', 'name', 'recent', 'birthDate'] as const;

export const caseloadQuery = z.object({
  q: plainText().trim().max(200).optional(),
  programId: z.uuid().optional(),
  enrolmentStatus: z.enum(['enrolled', 'exited', 'withdrawn']).optional(),
  referent: z.union([z.literal('me'), z.uuid()]).optional(),
  immigrationStatus: z.enum(immigrationStatuses).optional(),
  alerts: z
    .enum(alertFilters)
    .optional()
    .describe('Only people with an alert: any, or overdue steps, missed appointments, too few contacts'),
  sort: z.enum(caseloadSorts).default('name'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const listPeopleRoute = defineRoute({
  operationId: 'listPeople',
  method: 'GET',
  path: '/api/people',
  policy: 'session',
  summary: "My organization's people: search by name in any script (typo-tolerant), filters, pages",
  tags: ['people'],
  query: caseloadQuery,
  response: paged(caseloadRow).extend({
    /**
     * True when the urgency or next-action order was asked of more people than are ranked one by one
     * (see the caseload module): people with an alert then come first, by name.
     */
    sortedApproximately: z.boolean(),
    /** False for roles that do not read plans and follow-up (administrators): rows then carry no signal. */
    withSignals: z.boolean(),
  }),
});

export const createPersonRoute = defineRoute({
  operationId: 'createPerson',
  method: 'POST',
  path: '/api/people',
  policy: 'session',
  summary: 'Register a person (intake): identity, status and any part of the file, in one step',
  tags: ['people'],
  body: createPersonBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const getPersonRoute = defineRoute({
  operationId: 'getPerson',
  method: 'GET',
  path: '/api/people/:id',
  policy: 'session',
  summary: "A person's file (sensitive fields only for the roles allowed to see them); the read is audited",
  tags: ['people'],
  params: idParam,
  response: personFile,
});

export const updatePersonRoute = defineRoute({
  operationId: 'updatePerson',
  method: 'PUT',
  path: '/api/people/:id',
  policy: 'session',
  summary: 'Update identity, contact and status',
  tags: ['people'],
  params: idParam,
  body: identityInput,
  response: z.object({ id: z.uuid() }),
});

export const addPersonItemRoute = defineRoute({
  operationId: 'addPersonItem',
  method: 'POST',
  path: '/api/people/:id/items',
  policy: 'session',
  summary: 'Add a language level, education, experience, barrier, household member or consent',
  tags: ['people'],
  params: idParam,
  body: personItemInput,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const itemParams = z.object({ id: z.uuid(), kind: z.enum(personItemKinds), itemId: z.uuid() });

export const removePersonItemRoute = defineRoute({
  operationId: 'removePersonItem',
  method: 'DELETE',
  path: '/api/people/:id/items/:kind/:itemId',
  policy: 'session',
  summary: 'Remove an item of the file (consents are revoked, never removed)',
  tags: ['people'],
  params: itemParams,
  response: z.object({ ok: z.literal(true) }),
});

export const updatePersonItemRoute = defineRoute({
  operationId: 'updatePersonItem',
  method: 'PUT',
  path: '/api/people/:id/items/:itemId',
  policy: 'session',
  summary:
    'Correct a language level, education, experience, barrier or household member (consents are revoked instead)',
  tags: ['people'],
  params: z.object({ id: z.uuid(), itemId: z.uuid() }),
  body: personItemInput,
  response: z.object({ ok: z.literal(true) }),
});

export const updateBarrierBody = z.object({
  status: z.enum(barrierStatuses),
  resolvedOn: pastDate('The day the barrier was resolved').nullish(),
  note: optionalText(2000),
});

export const updateBarrierRoute = defineRoute({
  operationId: 'updateBarrier',
  method: 'PUT',
  path: '/api/people/:id/barriers/:itemId',
  policy: 'session',
  summary: 'Change the status of a barrier to employment',
  tags: ['people'],
  params: z.object({ id: z.uuid(), itemId: z.uuid() }),
  body: updateBarrierBody,
  response: z.object({ ok: z.literal(true) }),
});

export const revokeConsentBody = z.object({ revokedOn: pastDate('The day the consent was withdrawn') });

export const revokeConsentRoute = defineRoute({
  operationId: 'revokeConsent',
  method: 'POST',
  path: '/api/people/:id/consents/:itemId/revoke',
  policy: 'session',
  summary: 'Record that the person withdrew a consent (kept in the file, no longer in force)',
  tags: ['people'],
  params: z.object({ id: z.uuid(), itemId: z.uuid() }),
  body: revokeConsentBody,
  response: z.object({ ok: z.literal(true) }),
});

export const reassignReferentBody = z.object({
  referentUserId: z.uuid(),
  reason: optionalText(500).describe('Why the person changes referent (kept in the history, never in logs)'),
});

export const reassignReferentRoute = defineRoute({
  operationId: 'reassignReferent',
  method: 'PUT',
  path: '/api/people/:id/referent',
  policy: 'session',
  summary: "Change a person's referent; the change is kept in the person's referent history",
  tags: ['people'],
  params: idParam,
  body: reassignReferentBody,
  response: z.object({ id: z.uuid(), changed: z.boolean() }),
});

export const referentChange = z.object({
  id: z.uuid(),
  fromUserId: z.uuid().nullable(),
  fromName: z.string().nullable(),
  toUserId: z.uuid(),
  toName: z.string().nullable(),
  reason: z.string().nullable(),
  changedByName: z.string().nullable(),
  changedAt: z.string(),
});

export const referentHistoryRoute = defineRoute({
  operationId: 'referentHistory',
  method: 'GET',
  path: '/api/people/:id/referent-history',
  policy: 'session',
  summary: 'Who followed the person and since when, newest change first; the read is audited',
  tags: ['people'],
  params: idParam,
  response: z.object({ items: z.array(referentChange) }),
});

export const bulkReassignBody = z
  .object({
    fromUserId: z.uuid().optional().describe('Hand over everyone this staff member follows'),
    personIds: z.array(z.uuid()).min(1).max(2000).optional().describe('Or only these people'),
    toUserIds: z.array(z.uuid()).min(1).max(50).describe('Colleagues who receive them'),
    strategy: z.enum(distributionStrategies).default('even'),
    reason: optionalText(500),
  })
  .refine((body) => (body.fromUserId === undefined) !== (body.personIds === undefined), {
    message: 'Give either fromUserId or personIds',
    path: ['personIds'],
  });

export const bulkReassignRoute = defineRoute({
  operationId: 'bulkReassign',
  method: 'POST',
  path: '/api/referent-reassignments',
  policy: 'session',
  summary:
    "Hand a counselor's people (or a selection) over to one or several colleagues at once, in turn or to the least loaded; coordinators and directors",
  tags: ['people'],
  body: bulkReassignBody,
  response: z.object({
    reassigned: z.number().int(),
    byReferent: z.array(z.object({ userId: z.uuid(), name: z.string().nullable(), count: z.number().int() })),
  }),
});
