import { z } from 'zod';
import { consentSections } from '../modules/people/domain/consent.js';
import { defineRoute, idParam, paged, pageQuery } from './define.js';

export { consentSections } from '../modules/people/domain/consent.js';

const section = z.enum(consentSections);

export const sharedPersonRow = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  /** The organization that follows the person and recorded the consent. */
  organizationName: z.string(),
  sections: z.array(section),
  /** The last day the consents allow reading (null: until revoked). */
  sharedUntil: z.string().nullable(),
});

export const listSharedPeopleRoute = defineRoute({
  operationId: 'listSharedPeople',
  method: 'GET',
  path: '/api/shared-people',
  policy: 'session',
  summary:
    "People of other organizations whose consent in force names the caller's organization (itself or as a member of a consortium named)",
  tags: ['sharing'],
  query: pageQuery,
  response: paged(sharedPersonRow),
});

export const sharedPersonView = z
  .object({
    id: z.uuid(),
    organizationName: z.string(),
    sections: z.array(section),
    sharedUntil: z.string().nullable(),
    identity: z
      .object({
        givenName: z.string(),
        familyName: z.string(),
        givenNameOriginal: z.string().nullable(),
        familyNameOriginal: z.string().nullable(),
        birthDate: z.string().nullable(),
        sex: z.enum(['female', 'male', 'other']).nullable(),
        phone: z.string().nullable(),
        email: z.string().nullable(),
        city: z.string().nullable(),
        preferredLanguage: z.string().nullable(),
      })
      .nullable(),
    plan: z
      .object({
        status: z.string(),
        done: z.number().int(),
        counted: z.number().int(),
        percent: z.number().nullable(),
        overdueSteps: z.number().int(),
      })
      .nullable(),
    /**
     * The regionalization plan (issue 17) under the same "plan" section: the track, the regions sought
     * (most wanted first) and the planned arrival; never the health needs or note. Null without it.
     */
    regionalizationPlan: z
      .object({
        track: z.string(),
        regions: z.array(z.object({ country: z.string(), code: z.string(), name: z.string() })),
        plannedArrivalOn: z.string().nullable(),
      })
      .nullable(),
    sessions: z
      .array(
        z.object({
          title: z.string(),
          status: z.string(),
          meetingsAttended: z.number().int(),
          meetingsMarked: z.number().int(),
        }),
      )
      .nullable(),
    employment: z
      .array(
        z.object({
          jobTitle: z.string().nullable(),
          contractType: z.string(),
          workingTime: z.string(),
          startsOn: z.string(),
          plannedEndOn: z.string().nullable(),
          endedEarlyOn: z.string().nullable(),
        }),
      )
      .nullable(),
    documents: z.array(z.object({ type: z.string(), title: z.string(), uploadedAt: z.string() })).nullable(),
  })
  .meta({ id: 'SharedPerson' });
export type SharedPersonView = z.infer<typeof sharedPersonView>;

export const getSharedPersonRoute = defineRoute({
  operationId: 'getSharedPerson',
  method: 'GET',
  path: '/api/shared-people/:id',
  policy: 'session',
  summary:
    "A person's file as a partner reads it: only the sections a consent in force covers (null for the others); each read audited under its consent",
  tags: ['sharing'],
  params: idParam,
  response: sharedPersonView,
});

export const consentReadsRoute = defineRoute({
  operationId: 'consentReads',
  method: 'GET',
  path: '/api/people/:id/consents/:itemId/reads',
  policy: 'session',
  summary: 'Who read the file under this consent: each read by a partner it allowed, newest first',
  tags: ['sharing'],
  params: z.object({ id: z.uuid(), itemId: z.uuid() }),
  response: z.object({
    items: z.array(
      z.object({
        at: z.string(),
        organizationName: z.string(),
        readerName: z.string().nullable(),
        /** `list`: the person appeared in the partner's list; `file`: the partner opened the file. */
        kind: z.enum(['list', 'file']),
        sections: z.array(section),
      }),
    ),
  }),
});
