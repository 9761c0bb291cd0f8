import { z } from 'zod';
import { defineRoute, idParam, isoDateTime } from './define.js';
import { plainText } from './primitives.js';

export const timelineModuleName = z
  .string()
  .regex(/^[a-z][a-z-]{1,39}$/, 'A module name such as people, programs or loan-fund');
export const timelineKind = z
  .string()
  .regex(/^[a-z][a-z_]{0,39}\.[a-z][a-z_]{0,59}$/, 'A namespaced kind such as enrolment.started');

/** A filter given once (`?module=people`) or repeated (`?module=people&module=programs`). */
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).max(20)]).optional();

export const timelineQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  module: oneOrMany(timelineModuleName).describe('Only the events these modules published'),
  kind: oneOrMany(timelineKind).describe('Only events of these kinds'),
  from: isoDateTime
    .optional()
    .describe('Events at or after this instant (the start of a day in the reader’s zone)'),
  to: isoDateTime.optional().describe('Events before this instant (the end of the last day, exclusive)'),
  cursor: plainText()
    .max(80)
    .optional()
    .describe(
      '`nextCursor` of the previous page: continue after it without counting an offset (`page` is then echoed)',
    ),
});

const dataValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const timelineEventView = z
  .object({
    id: z.uuid(),
    occurredAt: z.string(),
    /** Known by its day only: show the date of `occurredAt` in UTC, without a time. */
    allDay: z.boolean(),
    module: z.string(),
    kind: z.string(),
    resourceType: z.string(),
    resourceId: z.string().nullable(),
    sensitive: z.boolean(),
    /** A confidential record seen only by its author and the staff it names. */
    restricted: z.boolean(),
    data: z.record(z.string(), dataValue),
    recordedBy: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
    /**
     * Published on a file merged into this one (a merge in force, docs/duplicates.md): that file, named
     * as its own readers see it; null for the person's own events. Read-only here: the record stays there.
     */
    fromMergedFile: z
      .object({
        personId: z.uuid(),
        givenName: z.string(),
        familyName: z.string(),
        givenNameOriginal: z.string().nullable(),
        familyNameOriginal: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'TimelineEvent' });

export const personTimelineRoute = defineRoute({
  operationId: 'personTimeline',
  method: 'GET',
  path: '/api/people/:id/timeline',
  policy: 'session',
  summary: "A person's dated events across modules, newest first, filtered and paged",
  tags: ['timeline'],
  params: idParam,
  query: timelineQuery,
  response: z.object({
    items: z.array(timelineEventView),
    page: z.number().int(),
    pageSize: z.number().int(),
    /** Events matching the filters. */
    total: z.number().int(),
    nextCursor: z.string().nullable(),
    /** How many events each module has for this person (what the reader may see, filters aside). */
    modules: z.array(z.object({ module: z.string(), count: z.number().int() })),
  }),
});
