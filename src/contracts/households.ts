import { z } from 'zod';
import { householdMemberRelations } from '../modules/people/domain/household.js';
import { defineRoute, idParam } from './define.js';

export { householdMemberRelations } from '../modules/people/domain/household.js';

/**
 * Households of files (people module, migration 0060): people the organization follows, each with a
 * file, living together around a main contact; figures in household units count them once.
 */
export const householdMember = z.object({
  personId: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  relation: z
    .enum(['main', ...householdMemberRelations])
    .describe("Relation to the main contact ('main' for them)"),
  joinedOn: z.string().describe('YYYY-MM-DD'),
  leftOn: z.string().nullable().describe('YYYY-MM-DD; null while the person is in the household'),
});

export const householdView = z
  .object({
    id: z.uuid(),
    mainContactPersonId: z.uuid(),
    since: z.string().describe('The day its first member joined (YYYY-MM-DD)'),
    members: z.array(householdMember).describe('Current members, the main contact first'),
    formerMembers: z.array(householdMember).describe('Who left, kept for the history'),
  })
  .meta({ id: 'Household' });

export const personHouseholdRoute = defineRoute({
  operationId: 'personHousehold',
  method: 'GET',
  path: '/api/people/:id/household',
  policy: 'session',
  summary:
    'The household the person is in now (members, relation, main contact, since when); null when none; the read is audited',
  tags: ['people'],
  params: idParam,
  response: z.object({ household: householdView.nullable() }),
});

export const formHouseholdRoute = defineRoute({
  operationId: 'formHousehold',
  method: 'POST',
  path: '/api/people/:id/household',
  policy: 'session',
  summary:
    "Form a household from the person's file, the person as its main contact; their open enrolments count in it",
  tags: ['people'],
  params: idParam,
  response: z.object({ householdId: z.uuid() }),
  successStatus: 201,
});

export const addHouseholdMemberBody = z.object({
  personId: z.uuid().describe('Another file of the organization, in no household now'),
  relation: z.enum(householdMemberRelations).describe('Relation to the main contact'),
});

export const addHouseholdMemberRoute = defineRoute({
  operationId: 'addHouseholdMember',
  method: 'POST',
  path: '/api/households/:id/members',
  policy: 'session',
  summary: "Add another file of the organization to the household; the person's open enrolments count in it",
  tags: ['people'],
  params: idParam,
  body: addHouseholdMemberBody,
  response: z.object({ ok: z.literal(true) }),
});

export const householdMemberParams = z.object({ id: z.uuid(), personId: z.uuid() });

export const removeHouseholdMemberRoute = defineRoute({
  operationId: 'removeHouseholdMember',
  method: 'DELETE',
  path: '/api/households/:id/members/:personId',
  policy: 'session',
  summary:
    'The person leaves the household (kept in its history, never deleted); their open enrolments count as their own again',
  tags: ['people'],
  params: householdMemberParams,
  response: z.object({ ok: z.literal(true) }),
});

export const changeHouseholdMainContactBody = z.object({
  personId: z.uuid().describe('A current member of the household'),
});

export const changeHouseholdMainContactRoute = defineRoute({
  operationId: 'changeHouseholdMainContact',
  method: 'PUT',
  path: '/api/households/:id/main-contact',
  policy: 'session',
  summary: 'Make another member the main contact; the former one takes the inverse of their relation',
  tags: ['people'],
  params: idParam,
  body: changeHouseholdMainContactBody,
  response: z.object({ ok: z.literal(true) }),
});
