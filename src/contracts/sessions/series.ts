/** Session types, series and their meetings: what is planned and what it looks like. */
import { z } from 'zod';
import { attendanceMarks, meetingStatuses } from '../../modules/sessions/domain/attendance.js';
import { attestationRule } from '../../modules/sessions/domain/attestation-rule.js';
import { enrolmentStatuses } from '../../modules/sessions/domain/waitlist.js';
import { defineRoute, idParam, isoDate, paged, pageQuery } from '../define.js';
import { optionalText, plainText, plannedDateTime, storableUrl, text } from '../primitives.js';

export const sessionKinds = [
  'workshop',
  'language_class',
  'info_session',
  'staff_training',
  'job_club',
] as const;
export const sessionModes = ['in_person', 'virtual', 'hybrid'] as const;
export const sessionOpenness = ['organization', 'consortium', 'public'] as const;

export const sessionTypeBody = z.object({
  code: text(40),
  nameFr: text(200),
  nameEn: text(200),
  kind: z.enum(sessionKinds),
  audience: z.enum(['beneficiaries', 'staff']),
  language: plainText().regex(/^[a-z]{2,3}$/),
  durationMinutes: z.number().int().min(5).max(1440),
  capacity: z.number().int().min(1).max(10_000).nullish(),
  mode: z.enum(sessionModes),
  attestationRule: attestationRule.nullish(),
  trainingPoints: z.number().int().min(0).max(1000).default(0),
});

export const seriesBody = z
  .object({
    sessionTypeId: z.uuid(),
    programId: z.uuid().nullish(),
    title: text(200),
    place: optionalText(300),
    meetingLink: storableUrl().max(500).nullish(),
    capacity: z.number().int().min(1).max(10_000).nullish(),
    openness: z.enum(sessionOpenness).default('organization'),
    consortiumId: z.uuid().nullish(),
    presenter: optionalText(200),
    /** A job visit: the employer of the directory that hosts the session, and the site where it meets. */
    employerId: z.uuid().nullish(),
    employerSiteId: z.uuid().nullish(),
    /** Each meeting's start; its length is the session type's unless given. */
    meetings: z
      .array(
        z.object({
          startsAt: plannedDateTime('The start of the meeting'),
          durationMinutes: z.number().int().min(5).max(1440).optional(),
        }),
      )
      .min(1)
      .max(200),
  })
  .refine((s) => s.openness !== 'consortium' || Boolean(s.consortiumId), {
    path: ['consortiumId'],
    message: 'A series open to a consortium names the consortium',
  })
  .refine((s) => !s.employerSiteId || Boolean(s.employerId), {
    path: ['employerSiteId'],
    message: 'A site of an employer comes with its employer',
  });

export const enrolParticipantBody = z.union([
  z.object({ seriesId: z.uuid(), personId: z.uuid() }),
  z.object({ seriesId: z.uuid(), userId: z.uuid() }),
]);

export const rollCallBody = z.object({
  meetingId: z.uuid(),
  marks: z
    .array(
      z.object({
        enrolmentId: z.uuid(),
        mark: z.enum(attendanceMarks),
        minutesMissed: z.number().int().min(0).max(1440).default(0),
        live: z.boolean().default(true),
      }),
    )
    .min(1)
    .max(500),
});

const sessionTypeView = sessionTypeBody.extend({
  id: z.uuid(),
  active: z.boolean(),
  capacity: z.number().int().nullable(),
});
export const listSessionTypesRoute = defineRoute({
  operationId: 'listSessionTypes',
  method: 'GET',
  path: '/api/session-types',
  policy: 'session',
  summary: "My organization's catalog of session types",
  tags: ['sessions'],
  response: z.object({ items: z.array(sessionTypeView) }),
});
export const createSessionTypeRoute = defineRoute({
  operationId: 'createSessionType',
  method: 'POST',
  path: '/api/session-types',
  policy: 'session',
  summary: 'Add a session type to the catalog',
  tags: ['sessions'],
  body: sessionTypeBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

const seriesSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  kind: z.enum(sessionKinds),
  audience: z.enum(['beneficiaries', 'staff']),
  mode: z.enum(sessionModes),
  language: z.string(),
  openness: z.enum(sessionOpenness),
  status: z.enum(['planned', 'cancelled', 'completed']),
  capacity: z.number().int().nullable(),
  enrolled: z.number().int(),
  waitlisted: z.number().int(),
  firstMeetingAt: z.string().nullable(),
  lastMeetingAt: z.string().nullable(),
  meetings: z.number().int(),
  grantsAttestation: z.boolean(),
});
export const listSeriesRoute = defineRoute({
  operationId: 'listSeries',
  method: 'GET',
  path: '/api/sessions',
  policy: 'session',
  summary: 'Sessions my organization runs or may enrol in, next first',
  tags: ['sessions'],
  query: pageQuery.extend({
    from: isoDate.optional(),
    audience: z.enum(['beneficiaries', 'staff']).optional(),
  }),
  response: paged(seriesSummary),
});
export const planSeriesRoute = defineRoute({
  operationId: 'planSeries',
  method: 'POST',
  path: '/api/sessions',
  policy: 'session',
  summary: 'Plan a one-off session or a series of meetings',
  tags: ['sessions'],
  body: seriesBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const meetingView = z.object({
  id: z.uuid(),
  number: z.number().int(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  status: z.enum(meetingStatuses),
  firstPlannedAt: z.string(),
  cancelReason: z.string().nullable(),
  marked: z.number().int(),
});
export const participantView = z.object({
  enrolmentId: z.uuid(),
  kind: z.enum(['person', 'staff']),
  personId: z.uuid().nullable(),
  userId: z.uuid().nullable(),
  name: z.string(),
  organizationName: z.string(),
  status: z.enum(enrolmentStatuses),
  waitlistRank: z.number().int().nullable(),
  /** True when the participant belongs to my organization (I may withdraw them, see their file). */
  mine: z.boolean(),
});
export const seriesDetail = seriesSummary.extend({
  place: z.string().nullable(),
  meetingLink: z.string().nullable(),
  presenter: z.string().nullable(),
  attestationRule: attestationRule.nullable(),
  /** A job visit: the host employer and its site (null when the session is not at an employer). */
  employer: z
    .object({
      id: z.uuid(),
      name: z.string(),
      site: z.object({ id: z.uuid(), name: z.string(), city: z.string() }).nullable(),
    })
    .nullable(),
  meetingsList: z.array(meetingView),
  participants: z.array(participantView),
  /** I run this session (plan, cancel, reschedule, take every roll call). */
  organizedByMe: z.boolean(),
});
export const getSeriesRoute = defineRoute({
  operationId: 'getSeries',
  method: 'GET',
  path: '/api/sessions/:id',
  policy: 'session',
  summary: 'A session with its meetings and participants',
  tags: ['sessions'],
  params: idParam,
  response: seriesDetail,
});
