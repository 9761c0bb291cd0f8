import { z } from 'zod';
import {
  applicationStates,
  refusalParties,
  refusalReasonCodes,
} from '../modules/applications/domain/application-state.js';
import { defineRoute, idParam, paged, pageQuery } from './define.js';
import { fromMergedFile } from './merged-file.js';
import { optionalText, pastDate, text } from './primitives.js';

export {
  applicationMoves,
  applicationStates,
  refusalParties,
  refusalReasons,
} from '../modules/applications/domain/application-state.js';

// ——— Inputs ———

/** A counselor proposes the person for one of the organization's open offers. */
export const proposeApplicationBody = z.object({
  offerId: z.uuid(),
  note: optionalText(2000).describe(
    'Why this person for this job (for colleagues; not shown to the employer)',
  ),
});

/** One step of an application, done by hand ("hired" comes with its placement). */
export const moveApplicationBody = z.object({
  to: z.enum(applicationStates),
  onDate: pastDate('The day of the step').nullish().describe('The day it happened; today by default'),
  refusal: z
    .object({ reason: z.enum(refusalReasonCodes), by: z.enum(refusalParties) })
    .nullish()
    .describe('For a refusal: its coded reason and who refused'),
  note: optionalText(2000),
});

export const applicationCommentBody = z.object({ body: text(4000) });

// ——— Outputs ———

const who = z.object({ userId: z.uuid(), name: z.string().nullable() });

export const applicationMoveView = z.object({
  id: z.uuid(),
  from: z.enum(applicationStates).nullable(),
  to: z.enum(applicationStates),
  onDate: z.string(),
  refusal: z
    .object({ reason: z.enum(refusalReasonCodes), by: z.enum(refusalParties), sharedWithPerson: z.boolean() })
    .nullable(),
  note: z.string().nullable(),
  recordedBy: who,
  recordedAt: z.string(),
});

export const applicationCommentView = z.object({
  id: z.uuid(),
  body: z.string(),
  author: who,
  createdAt: z.string(),
});

export const applicationView = z.object({
  id: z.uuid(),
  person: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }),
  offer: z.object({ id: z.uuid(), title: z.string() }),
  employer: z.object({ id: z.uuid(), name: z.string() }),
  state: z.enum(applicationStates),
  /** The moves the caller may make by hand now ("hired" listed when a placement may record it). */
  nextStates: z.array(z.enum(applicationStates)),
  refusal: z
    .object({ reason: z.enum(refusalReasonCodes), by: z.enum(refusalParties), sharedWithPerson: z.boolean() })
    .nullable(),
  placementId: z.uuid().nullable(),
  hiredOn: z.string().nullable(),
  proposedBy: who,
  createdAt: z.string(),
  stateChangedAt: z.string(),
  moves: z.array(applicationMoveView),
  comments: z.array(applicationCommentView),
  /** On a kept file's list, the merged file the application belongs to (read-only there); else null. */
  fromMergedFile,
});

export const personApplications = paged(applicationView).extend({
  /** Whether the person's consent to contacting employers is in force today (needed to send a file). */
  consentToContactEmployers: z.boolean(),
});

// ——— Routes ———

const tags = ['applications'];

export const listPersonJobApplicationsRoute = defineRoute({
  operationId: 'listPersonJobApplications',
  method: 'GET',
  path: '/api/people/:id/applications',
  policy: 'session',
  summary: 'A person’s job applications, newest first, with their history and comments',
  tags,
  params: idParam,
  query: pageQuery,
  response: personApplications,
});

export const proposeJobApplicationRoute = defineRoute({
  operationId: 'proposeJobApplication',
  method: 'POST',
  path: '/api/people/:id/applications',
  policy: 'session',
  summary: 'Propose a person my organization follows for one of its open job offers',
  tags,
  params: idParam,
  body: proposeApplicationBody,
  successStatus: 201,
  response: z.object({ id: z.uuid() }),
});

export const listOfferJobApplicationsRoute = defineRoute({
  operationId: 'listOfferJobApplications',
  method: 'GET',
  path: '/api/offers/:id/applications',
  policy: 'session',
  summary: 'The applications for a job offer of my organization, newest first',
  tags,
  params: idParam,
  query: pageQuery,
  response: paged(applicationView),
});

export const getJobApplicationRoute = defineRoute({
  operationId: 'getJobApplication',
  method: 'GET',
  path: '/api/applications/:id',
  policy: 'session',
  summary: 'A job application with its history and comments',
  tags,
  params: idParam,
  response: applicationView,
});

export const moveJobApplicationRoute = defineRoute({
  operationId: 'moveJobApplication',
  method: 'POST',
  path: '/api/applications/:id/moves',
  policy: 'session',
  summary:
    'Move a job application on: sent (needs the person’s consent to contacting employers), interview, refused with its reason, withdrawn',
  tags,
  params: idParam,
  body: moveApplicationBody,
  response: applicationView,
});

export const commentJobApplicationRoute = defineRoute({
  operationId: 'commentJobApplication',
  method: 'POST',
  path: '/api/applications/:id/comments',
  policy: 'session',
  summary: 'Add a comment to a job application',
  tags,
  params: idParam,
  body: applicationCommentBody,
  successStatus: 201,
  response: z.object({ id: z.uuid() }),
});
