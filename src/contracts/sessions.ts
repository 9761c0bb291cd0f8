import { z } from 'zod';
import { attendanceMarks, meetingStatuses } from '../modules/sessions/domain/attendance.js';
import { attestationRule } from '../modules/sessions/domain/attestation-rule.js';
import { enrolmentStatuses } from '../modules/sessions/domain/waitlist.js';
import { defineRoute, idParam, isoDate, paged, pageQuery } from './define.js';
import { optionalText, plainText, plannedDateTime, storableUrl, text } from './primitives.js';

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
export const enrolRoute = defineRoute({
  operationId: 'enrolInSession',
  method: 'POST',
  path: '/api/sessions/:id/enrolments',
  policy: 'session',
  summary: 'Enrol a person my organization follows, or a staff member in a training',
  tags: ['sessions'],
  params: idParam,
  body: z.union([z.object({ personId: z.uuid() }), z.object({ userId: z.uuid() })]),
  response: z.object({ id: z.uuid(), status: z.enum(['enrolled', 'waitlisted']) }),
  successStatus: 201,
});
export const withdrawRoute = defineRoute({
  operationId: 'withdraw',
  method: 'POST',
  path: '/api/session-enrolments/:id/withdrawal',
  policy: 'session',
  summary: 'Withdraw a participant; the longest-waiting person on the waitlist gets the seat',
  tags: ['sessions'],
  params: idParam,
  response: z.object({ promoted: z.array(z.uuid()) }),
});

export const rollCallView = z.object({
  meeting: meetingView,
  /** By the server's clock: before the meeting starts there are no marks to take (saving is refused). */
  started: z.boolean(),
  seriesId: z.uuid(),
  seriesTitle: z.string(),
  participants: z.array(
    participantView.extend({
      mark: z.enum(attendanceMarks).nullable(),
      minutesMissed: z.number().int(),
      live: z.boolean(),
    }),
  ),
});
export const getRollCallRoute = defineRoute({
  operationId: 'getRollCall',
  method: 'GET',
  path: '/api/session-meetings/:id/roll-call',
  policy: 'session',
  summary: 'The participants of a meeting with their marks so far',
  tags: ['sessions'],
  params: idParam,
  response: rollCallView,
});
export const saveRollCallRoute = defineRoute({
  operationId: 'saveRollCall',
  method: 'PUT',
  path: '/api/session-meetings/:id/roll-call',
  policy: 'session',
  summary: 'Save marks (only those sent; others keep theirs)',
  tags: ['sessions'],
  params: idParam,
  body: rollCallBody.omit({ meetingId: true }),
  response: z.object({ meetingId: z.uuid(), marked: z.number().int() }),
});
export const cancelMeetingRoute = defineRoute({
  operationId: 'cancelMeeting',
  method: 'POST',
  path: '/api/session-meetings/:id/cancellation',
  policy: 'session',
  summary: 'Cancel one meeting: it counts against no one',
  tags: ['sessions'],
  params: idParam,
  body: z.object({ reason: text(500) }),
  response: meetingView,
});
export const rescheduleMeetingRoute = defineRoute({
  operationId: 'rescheduleMeeting',
  method: 'POST',
  path: '/api/session-meetings/:id/reschedule',
  policy: 'session',
  summary: 'Move one meeting to another time',
  tags: ['sessions'],
  params: idParam,
  body: z.object({
    startsAt: plannedDateTime('The start of the meeting'),
    durationMinutes: z.number().int().min(5).max(1440).optional(),
  }),
  response: meetingView,
});
export const signInSheetRoute = defineRoute({
  operationId: 'signInSheet',
  method: 'GET',
  path: '/api/session-meetings/:id/sign-in-sheet.pdf',
  policy: 'session',
  summary: 'The printable sign-in sheet of a meeting',
  tags: ['sessions'],
  params: idParam,
  // Times in the organizer's time zone (server side): a `timeZone` parameter, once taken, is ignored.
  query: z.object({ locale: z.enum(['fr', 'en']).optional() }),
  response: z.string(),
});

const attestationDecision = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('granted'),
    attendedMinutes: z.number().int(),
    scheduledMinutes: z.number().int(),
  }),
  z.object({
    outcome: z.literal('refused'),
    attendedMinutes: z.number().int(),
    scheduledMinutes: z.number().int(),
    missingMinutes: z.number().int(),
  }),
  z.object({
    outcome: z.literal('pending'),
    reason: z.enum(['no_meeting_held', 'roll_call_incomplete', 'meetings_to_come']),
  }),
]);
export const participantAttendance = z.object({
  totals: z.object({
    scheduledMinutes: z.number().int(),
    attendedMinutes: z.number().int(),
    excusedAbsences: z.number().int(),
    unexcusedAbsences: z.number().int(),
    unmarkedMeetings: z.number().int(),
  }),
  meetingsToCome: z.number().int(),
  attestation: attestationDecision.nullable(),
  /** The attestation in force, if one was issued; a correction replaces it with a new code. */
  issued: z.object({ code: z.string(), issuedOn: z.string() }).nullable(),
});
export const participantAttendanceRoute = defineRoute({
  operationId: 'participantAttendance',
  method: 'GET',
  path: '/api/session-enrolments/:id/attendance',
  policy: 'session',
  summary: "A participant's hours and where their attestation stands",
  tags: ['sessions'],
  params: idParam,
  response: participantAttendance,
});
export const issueAttestationRoute = defineRoute({
  operationId: 'issueAttestation',
  method: 'POST',
  path: '/api/session-enrolments/:id/attestation',
  policy: 'session',
  summary:
    'Issue the attestation if the rule grants it (again after a correction: the old code is superseded)',
  tags: ['sessions'],
  params: idParam,
  response: z.object({ code: z.string(), issuedOn: z.string(), reissued: z.boolean() }),
  successStatus: 201,
});
export const attestationPdfRoute = defineRoute({
  operationId: 'attestationPdf',
  method: 'GET',
  path: '/api/session-enrolments/:id/attestation.pdf',
  policy: 'session',
  summary: 'The attestation in force as PDF, in French or English',
  tags: ['sessions'],
  params: idParam,
  query: z.object({ locale: z.enum(['fr', 'en']).optional() }),
  response: z.string(),
});
export const verifyAttestationRoute = defineRoute({
  operationId: 'verifyAttestation',
  method: 'GET',
  path: '/api/attestations/:code',
  policy: 'public',
  summary: 'Check an attestation by its code (anyone holding the document may)',
  tags: ['sessions'],
  params: z.object({ code: plainText().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/) }),
  response: z.object({
    status: z.enum(['valid', 'superseded']),
    /** Initials only: the holder has the document with the full name. */
    participantInitials: z.string(),
    sessionTitle: z.string(),
    organizationName: z.string(),
    issuedOn: z.string(),
    attendedMinutes: z.number().int(),
    scheduledMinutes: z.number().int(),
  }),
});

export const personSessionsRoute = defineRoute({
  operationId: 'personSessions',
  method: 'GET',
  path: '/api/people/:id/sessions',
  policy: 'session',
  summary: "A person's sessions with their hours",
  tags: ['sessions'],
  params: idParam,
  response: z.object({
    items: z.array(
      z.object({
        enrolmentId: z.uuid(),
        seriesId: z.uuid(),
        title: z.string(),
        status: z.enum(enrolmentStatuses),
        firstMeetingAt: z.string().nullable(),
        attendedMinutes: z.number().int(),
        scheduledMinutes: z.number().int(),
        attestationCode: z.string().nullable(),
      }),
    ),
  }),
});

const figuresRatio = z.object({
  numerator: z.number(),
  denominator: z.number(),
  rate: z.number().nullable(),
});
export const sessionFiguresQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    /** A program's sessions: every member organization's for those who steer it, else my organization's. */
    programId: z.uuid().optional(),
    /** One series, with the attendance of each of its meetings. */
    seriesId: z.uuid().optional(),
    /** `bySeries` a page at a time, by title; the totals cover every series of the period. */
    seriesPage: z.coerce.number().int().min(1).max(100_000).default(1),
    seriesPageSize: z.coerce.number().int().min(1).max(200).default(25),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'The period ends on or after its start' });
export const sessionFiguresRoute = defineRoute({
  operationId: 'sessionFigures',
  method: 'GET',
  path: '/api/session-figures',
  policy: 'session',
  summary:
    'Fill rate, attendance, hours per person, no-shows and attestations of sessions in a period, for my organization or a program',
  tags: ['sessions'],
  query: sessionFiguresQuery,
  response: z.object({
    sessions: z.number().int(),
    meetingsHeld: z.number().int(),
    fillRate: figuresRatio,
    attendanceRate: figuresRatio,
    noShowRate: figuresRatio,
    participants: z.number().int(),
    hoursPerParticipant: z.number().nullable(),
    medianHoursPerParticipant: z.number().nullable(),
    hoursDistribution: z.array(
      z.object({ fromHours: z.number(), toHours: z.number().nullable(), participants: z.number().int() }),
    ),
    attestationsIssued: z.number().int(),
    /** One page of the series (`seriesPage`); `sessions` is how many there are in all. */
    bySeries: z.array(
      z.object({
        seriesId: z.uuid(),
        title: z.string(),
        organizationName: z.string(),
        enrolled: z.number().int(),
        capacity: z.number().int().nullable(),
        meetingsHeld: z.number().int(),
        attendanceRate: z.number().nullable(),
        noShowRate: z.number().nullable(),
        attestationsIssued: z.number().int(),
      }),
    ),
    /** Filled only for one series (`seriesId`): thousands of meetings would not be read on one screen. */
    byMeeting: z.array(
      z.object({
        meetingId: z.uuid(),
        startsAt: z.string(),
        marks: z.number().int(),
        attendanceRate: z.number().nullable(),
        noShowRate: z.number().nullable(),
      }),
    ),
  }),
});

export const staffCertificationBody = z
  .object({
    nameFr: text(200),
    nameEn: text(200),
    requiredPoints: z.number().int().min(1).max(100_000).nullable(),
    /** Hours are entered by people; stored as minutes like every other duration. */
    requiredMinutes: z.number().int().min(1).max(600_000).nullable(),
    periodMonths: z.number().int().min(1).max(120),
  })
  .refine((c) => c.requiredPoints !== null || c.requiredMinutes !== null, {
    path: ['requiredPoints'],
    message: 'A certification asks for points, hours or both',
  });
export const setStaffCertificationRoute = defineRoute({
  operationId: 'setStaffCertification',
  method: 'PUT',
  path: '/api/staff-certification',
  policy: 'session',
  summary: "Set what my organization's staff accumulate toward its certification",
  tags: ['sessions'],
  body: staffCertificationBody,
  response: z.object({ saved: z.literal(true) }),
});

export const staffTrainingRecordRoute = defineRoute({
  operationId: 'staffTrainingRecord',
  method: 'GET',
  path: '/api/staff/:id/training',
  policy: 'session',
  summary: "A staff member's training record: sessions attended, hours, points, attestations, certification",
  tags: ['sessions'],
  params: idParam,
  response: z.object({
    userId: z.uuid(),
    displayName: z.string(),
    trainings: z.array(
      z.object({
        enrolmentId: z.uuid(),
        seriesId: z.uuid(),
        title: z.string(),
        organizerName: z.string(),
        status: z.enum(enrolmentStatuses),
        firstMeetingAt: z.string().nullable(),
        attendedMinutes: z.number().int(),
        scheduledMinutes: z.number().int(),
        meetingsToCome: z.number().int(),
        points: z.number().int(),
        /** Points of the training, earned or not yet. */
        pointsOffered: z.number().int(),
        attestation: z.object({ code: z.string(), issuedOn: z.string() }).nullable(),
      }),
    ),
    totals: z.object({ attendedMinutes: z.number().int(), points: z.number().int() }),
    certification: z
      .object({
        nameFr: z.string(),
        nameEn: z.string(),
        requiredPoints: z.number().int().nullable(),
        requiredMinutes: z.number().int().nullable(),
        periodMonths: z.number().int(),
        progress: z.object({
          from: z.string(),
          to: z.string(),
          minutes: z.number().int(),
          points: z.number().int(),
          minutesProgress: z.number().nullable(),
          pointsProgress: z.number().nullable(),
          reached: z.boolean(),
        }),
      })
      .nullable(),
    /** I may change the organization's certification. */
    canConfigure: z.boolean(),
  }),
});
