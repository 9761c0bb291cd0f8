import { z } from 'zod';
import { defineRoute, idParam } from './define.js';
import { alertFilters, caseloadQuery, caseloadSorts, immigrationStatuses } from './people.js';
import { plainText, text } from './primitives.js';

/**
 * The caseload's saved views and its actions on several people at once (enrol in a session, write to
 * them). Handing people over to a colleague is `bulkReassignRoute` (people module), reused as is.
 */

/**
 * What a saved view keeps: the caseload's filters and order, as the caseload's own query checks them
 * (`referent` may also be 'all', the page's word for "anyone"). Every field is optional.
 */
export const caseloadViewFilters = z.object({
  q: caseloadQuery.shape.q,
  programId: z.uuid().optional(),
  enrolmentStatus: z.enum(['enrolled', 'exited', 'withdrawn']).optional(),
  referent: z.union([z.literal('me'), z.literal('all'), z.uuid()]).optional(),
  immigrationStatus: z.enum(immigrationStatuses).optional(),
  alerts: z.enum(alertFilters).optional(),
  sort: z.enum(caseloadSorts).optional(),
});
export type CaseloadViewFilters = z.infer<typeof caseloadViewFilters>;

/**
 * The filters of a stored view, read field by field: a value the caseload no longer accepts (a sort
 * or an alert renamed since the view was saved, a malformed row) is dropped, never passed to the page,
 * so that a stale view opens the caseload with the rest of its filters.
 */
export function readStoredFilters(stored: unknown): CaseloadViewFilters {
  const result: Record<string, unknown> = {};
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const shape = caseloadViewFilters.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const value = (stored as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const parsed = shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined) result[key] = parsed.data;
  }
  return result as CaseloadViewFilters;
}

const viewName = text(80).describe('The name shown in the list of views');

export const caseloadViewBody = z.object({
  name: viewName,
  shared: z.boolean().default(false).describe('Shared with the organization (everyone may open it)'),
  filters: caseloadViewFilters,
});

export const caseloadViewChange = z.object({
  name: viewName,
  shared: z.boolean(),
  filters: caseloadViewFilters.optional().describe('Replace the filters too (save the current ones)'),
});

export const caseloadView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    shared: z.boolean(),
    /** The caller's own view (which they may rename, share or delete). */
    mine: z.boolean(),
    ownerName: z.string().nullable(),
    filters: caseloadViewFilters,
    updatedAt: z.string(),
  })
  .meta({ id: 'CaseloadView' });

export const listCaseloadViewsRoute = defineRoute({
  operationId: 'listCaseloadViews',
  method: 'GET',
  path: '/api/caseload/views',
  policy: 'session',
  summary: "My saved caseload views and those my organization's colleagues share, by name",
  tags: ['caseload'],
  response: z.object({ items: z.array(caseloadView) }),
});

export const saveCaseloadViewRoute = defineRoute({
  operationId: 'saveCaseloadView',
  method: 'POST',
  path: '/api/caseload/views',
  policy: 'session',
  summary: "Save the caseload's filters and order under a name, for me or shared with my organization",
  tags: ['caseload'],
  body: caseloadViewBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const changeCaseloadViewRoute = defineRoute({
  operationId: 'changeCaseloadView',
  method: 'PUT',
  path: '/api/caseload/views/:id',
  policy: 'session',
  summary: 'Rename one of my saved views, share it or stop sharing it, or save the current filters in it',
  tags: ['caseload'],
  params: idParam,
  body: caseloadViewChange,
  response: z.object({ id: z.uuid() }),
});

export const deleteCaseloadViewRoute = defineRoute({
  operationId: 'deleteCaseloadView',
  method: 'DELETE',
  path: '/api/caseload/views/:id',
  policy: 'session',
  summary: 'Delete one of my saved views',
  tags: ['caseload'],
  params: idParam,
  response: z.object({ ok: z.literal(true) }),
});

/** At most one page of the caseload's largest page size. */
const selection = z.array(z.uuid()).min(1).max(200).describe('The people selected in the caseload');

export const bulkEnrolBody = z.object({ seriesId: z.uuid(), personIds: selection });

export const bulkEnrolOutcomes = ['enrolled', 'waitlisted', 'refused'] as const;

export const bulkEnrolRoute = defineRoute({
  operationId: 'bulkEnrol',
  method: 'POST',
  path: '/api/caseload/enrolments',
  policy: 'session',
  summary:
    'Enrol the selected people in a collective session, one after the other: each is enrolled, waitlisted or refused with the reason',
  tags: ['caseload'],
  body: bulkEnrolBody,
  response: z.object({
    results: z.array(
      z.object({
        personId: z.uuid(),
        name: z.string().nullable(),
        outcome: z.enum(bulkEnrolOutcomes),
        code: z.string().nullable().describe('Why the person was refused (the sessions module’s code)'),
        reason: z.string().nullable(),
      }),
    ),
  }),
});

export const messageSkipReasons = ['not_found', 'restricted', 'no_email', 'no_consent'] as const;

export const bulkMessageBody = z.object({
  personIds: selection,
  subject: text(150),
  body: plainText()
    .trim()
    .min(1)
    .max(5000)
    .describe('The message; {firstName} is replaced by each person’s given name'),
  preview: z
    .boolean()
    .default(false)
    .describe('Only say who would receive it and who would be skipped; nothing is sent'),
});

export const bulkMessageRoute = defineRoute({
  operationId: 'bulkMessage',
  method: 'POST',
  path: '/api/caseload/messages',
  policy: 'session',
  summary:
    'E-mail the selected people who have an address and agreed to receive messages; says who was skipped and why',
  tags: ['caseload'],
  body: bulkMessageBody,
  response: z.object({
    sent: z.boolean(),
    recipients: z.array(z.object({ personId: z.uuid(), name: z.string() })),
    skipped: z.array(
      z.object({ personId: z.uuid(), name: z.string().nullable(), reason: z.enum(messageSkipReasons) }),
    ),
  }),
});
