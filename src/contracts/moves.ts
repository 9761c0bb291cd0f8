import { z } from 'zod';
import { funnelStages } from '../modules/moves/domain/household-figures.js';
import { arrivalActivities, housingKinds, moveStatuses } from '../modules/moves/domain/move-rules.js';
import { defineRoute, idParam } from './define.js';
import { optionalText, pastDate, text } from './primitives.js';

export { arrivalActivities, funnelStages, housingKinds, moveStatuses };

/**
 * A household's move to a region (docs/moves.md): recorded on the main contact's file once it
 * happened, with the municipality it settled in, its housing and what brings its income; it may end
 * the program's enrolment with the exit "moved to a region" (whose follow-ups at 6 and 12 months ask
 * whether the household still lives there) and name the regional partner who takes over.
 */
export const recordMoveBody = z.object({
  movedOn: pastDate('The day the household moved'),
  destination: z
    .object({ country: z.enum(['CA', 'FR', 'US']), code: text(20) })
    .describe('The municipality the household settled in, as the places search returns it'),
  housing: z.enum(housingKinds),
  activity: z.enum(arrivalActivities),
  activityNote: optionalText(500).describe('The job, business or studies on arrival'),
  memberPersonIds: z
    .array(z.uuid())
    .max(20)
    .default([])
    .describe('Other members of the household, with a file, who moved too'),
  dependants: z.number().int().min(0).max(20).default(0).describe('Members without a file (children…)'),
  enrolmentId: z
    .uuid()
    .nullish()
    .describe('The open enrolment the move ends, with the exit "moved to a region"'),
  receivingOrganizationId: z
    .uuid()
    .nullish()
    .describe('The regional partner who takes over (the hand-off is proposed from the file)'),
  note: optionalText(2000),
});

export const cancelMoveBody = z.object({
  reason: text(500).describe('Why the move is cancelled: kept with it'),
});

const organizationRef = z.object({ id: z.uuid(), name: z.string() });

export const moveView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  movedOn: z.string(),
  destination: z.object({ country: z.string(), code: z.string(), name: z.string().nullable() }),
  region: z.object({ country: z.string(), code: z.string(), name: z.string().nullable() }),
  housing: z.enum(housingKinds),
  activity: z.enum(arrivalActivities),
  activityNote: z.string().nullable(),
  members: z.array(z.object({ personId: z.uuid(), name: z.string() })),
  dependants: z.number().int(),
  householdSize: z.number().int(),
  program: z.object({ id: z.uuid(), nameFr: z.string(), nameEn: z.string() }).nullable(),
  exitRecorded: z.boolean(),
  receivingOrganization: organizationRef.nullable(),
  /** The latest hand-off of this file to the receiving organization, when one was proposed. */
  handoff: z
    .object({ id: z.uuid(), status: z.enum(['proposed', 'accepted', 'declined', 'withdrawn']) })
    .nullable(),
  note: z.string().nullable(),
  status: z.enum(moveStatuses),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
  cancelReason: z.string().nullable(),
  cancelledAt: z.string().nullable(),
});
export type MoveView = z.infer<typeof moveView>;

export const personMovesRoute = defineRoute({
  operationId: 'personMoves',
  method: 'GET',
  path: '/api/people/:id/moves',
  policy: 'session',
  summary: "The household's moves recorded on this file, latest first (cancelled ones kept)",
  tags: ['moves'],
  params: idParam,
  response: z.object({ items: z.array(moveView) }),
});

export const recordMoveRoute = defineRoute({
  operationId: 'recordMove',
  method: 'POST',
  path: '/api/people/:id/moves',
  policy: 'session',
  summary:
    'Record the household\'s move to a region; with an enrolment, end it with the exit "moved to a region"',
  tags: ['moves'],
  params: idParam,
  body: recordMoveBody,
  response: z.object({ id: z.uuid(), exitId: z.uuid().nullable() }),
  successStatus: 201,
});

export const cancelMoveRoute = defineRoute({
  operationId: 'cancelMove',
  method: 'POST',
  path: '/api/moves/:id/cancel',
  policy: 'session',
  summary: 'Cancel a move recorded by mistake, with why (the exit it wrote is corrected in the enrolment)',
  tags: ['moves'],
  params: idParam,
  body: cancelMoveBody,
  response: z.object({ id: z.uuid() }),
});

export const householdFiguresQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe('The year of the funnel and breakdowns (this year by default)'),
});

const countRow = z.object({ key: z.string(), name: z.string().nullable(), households: z.number().int() });

export const householdFiguresView = z.object({
  program: z.object({ id: z.uuid(), nameFr: z.string(), nameEn: z.string() }),
  year: z.number().int(),
  today: z.string(),
  /** Households settled in a region each year since the program began, against the year's target. */
  years: z.array(
    z.object({ year: z.number().int(), households: z.number().int(), target: z.number().int().nullable() }),
  ),
  byRegion: z.array(countRow),
  byOrganization: z.array(countRow),
  funnel: z.object({
    stages: z.array(z.object({ stage: z.enum(funnelStages), households: z.number().int() })),
    retentionDue: z.number().int(),
  }),
  /** Whether the reader sees every member's figures (those who steer) or its own organization's. */
  scope: z.enum(['program', 'organization']),
});
export type HouseholdFiguresView = z.infer<typeof householdFiguresView>;

export const householdFiguresRoute = defineRoute({
  operationId: 'householdFigures',
  method: 'GET',
  path: '/api/programs/:id/household-figures',
  policy: 'session',
  summary:
    'Households settled in a region per year against the target, by region and member, and the path from request to a lasting settlement',
  tags: ['moves'],
  params: idParam,
  query: householdFiguresQuery,
  response: householdFiguresView,
});
