import { z } from 'zod';
import { appointmentModes, appointmentStatuses } from '../modules/follow-up/domain/appointment-status.js';
import { noteKinds } from '../modules/follow-up/domain/contacts.js';
import { histogramBuckets } from '../modules/follow-up/domain/monthly-contacts.js';
import { defineRoute, idParam, isoDate } from './define.js';
import { optionalText, pastDateTime, plannedDateTime, storableUrl, text } from './primitives.js';

export const partnerParticipant = z.object({
  name: text(200),
  organization: optionalText(200),
  email: z.email().max(320).nullish(),
});

export const appointmentBody = z.object({
  personId: z.uuid(),
  programId: z.uuid().nullish(),
  mode: z.enum(appointmentModes),
  siteId: z.uuid().nullish(),
  place: optionalText(300),
  meetingLink: storableUrl({ protocol: /^https?$/ })
    .max(500)
    .nullish(),
  startsAt: plannedDateTime('The start of the appointment'),
  durationMinutes: z.number().int().min(5).max(720),
  /** Staff of the organization taking part; the one scheduling is added when absent. */
  staffUserIds: z.array(z.uuid()).max(10).default([]),
  partners: z.array(partnerParticipant).max(10).default([]),
});

export const rescheduleBody = z.object({
  startsAt: plannedDateTime('The start of the appointment'),
  durationMinutes: z.number().int().min(5).max(720),
});
export const outcomeBody = z.object({ status: z.enum(['held', 'missed']), outcomeNote: optionalText(2000) });
export const cancelBody = z.object({ reason: optionalText(500) });

export const noteBody = z.object({
  personId: z.uuid(),
  kind: z.enum(noteKinds),
  occurredAt: pastDateTime('The time of the exchange'),
  minutesSpent: z.number().int().min(0).max(1440),
  body: text(20_000),
  confidential: z.boolean().default(false),
  appointmentId: z.uuid().nullish(),
  /** Documents of the person's file (documents module); their ids only. */
  documentIds: z.array(z.uuid()).max(20).default([]),
});
export const noteChangesBody = noteBody.omit({ personId: true, appointmentId: true });

const participantView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staff'), userId: z.uuid(), displayName: z.string() }),
  z.object({
    kind: z.literal('partner'),
    name: z.string(),
    organization: z.string().nullable(),
    email: z.string().nullable(),
  }),
]);

export const appointmentView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  programId: z.uuid().nullable(),
  mode: z.enum(appointmentModes),
  siteId: z.uuid().nullable(),
  siteName: z.string().nullable(),
  place: z.string().nullable(),
  meetingLink: z.string().nullable(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  status: z.enum(appointmentStatuses),
  cancelReason: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  participants: z.array(participantView),
});

const conflictView = z.object({
  appointmentId: z.uuid(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
});

export const noteView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  kind: z.enum(noteKinds),
  occurredAt: z.string(),
  minutesSpent: z.number().int(),
  confidential: z.boolean(),
  /** Null when the note is confidential and the caller is neither its author nor the referent. */
  body: z.string().nullable(),
  documentIds: z.array(z.uuid()),
  authorUserId: z.uuid(),
  authorName: z.string(),
  appointmentId: z.uuid().nullable(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
});

export const scheduleAppointmentRoute = defineRoute({
  operationId: 'scheduleAppointment',
  method: 'POST',
  path: '/api/appointments',
  policy: 'session',
  summary:
    'Schedule an appointment (in person, by phone or by video) with staff and partners; participants receive an .ics invitation. Overlaps in a staff member’s agenda come back as warnings',
  tags: ['follow-up'],
  body: appointmentBody,
  response: z.object({ id: z.uuid(), conflicts: z.array(conflictView) }),
  successStatus: 201,
});

export const rescheduleAppointmentRoute = defineRoute({
  operationId: 'rescheduleAppointment',
  method: 'POST',
  path: '/api/appointments/:id/reschedule',
  policy: 'session',
  summary: 'Move a scheduled appointment; participants receive an updated invitation',
  tags: ['follow-up'],
  params: idParam,
  body: rescheduleBody,
  response: z.object({ id: z.uuid(), conflicts: z.array(conflictView) }),
});

export const recordOutcomeRoute = defineRoute({
  operationId: 'recordOutcome',
  method: 'POST',
  path: '/api/appointments/:id/outcome',
  policy: 'session',
  summary: 'Record that an appointment was held or missed (or correct one into the other)',
  tags: ['follow-up'],
  params: idParam,
  body: outcomeBody,
  response: z.object({ status: z.enum(appointmentStatuses), correction: z.boolean() }),
});

export const cancelAppointmentRoute = defineRoute({
  operationId: 'cancelAppointment',
  method: 'POST',
  path: '/api/appointments/:id/cancel',
  policy: 'session',
  summary: 'Cancel a scheduled appointment; participants receive a cancellation',
  tags: ['follow-up'],
  params: idParam,
  body: cancelBody,
  response: z.object({ status: z.literal('cancelled') }),
});

/**
 * On a kept file, the file merged into it that a record belongs to (a merge in force,
 * docs/duplicates.md), named as its own readers see it; null for the person's own records. Read-only
 * on the kept file: the record stays on that file.
 */
const fromMergedFile = z
  .object({ personId: z.uuid(), givenName: z.string(), familyName: z.string() })
  .nullable();

export const personFollowUpRoute = defineRoute({
  operationId: 'personFollowUp',
  method: 'GET',
  path: '/api/people/:id/follow-up',
  policy: 'session',
  summary:
    "A person's appointments and notes; confidential notes show their text only to their author and the referent",
  tags: ['follow-up'],
  params: idParam,
  response: z.object({
    appointments: z.array(appointmentView.extend({ fromMergedFile })),
    notes: z.array(noteView.extend({ fromMergedFile })),
    referentUserId: z.uuid().nullable(),
  }),
});

export const writeNoteRoute = defineRoute({
  operationId: 'writeNote',
  method: 'POST',
  path: '/api/follow-up-notes',
  policy: 'session',
  summary: 'Write a note on a person: kind, date, time spent, text, confidential flag, attached documents',
  tags: ['follow-up'],
  body: noteBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const editNoteRoute = defineRoute({
  operationId: 'editNote',
  method: 'PUT',
  path: '/api/follow-up-notes/:id',
  policy: 'session',
  summary: 'Edit a note (its author or the person’s referent)',
  tags: ['follow-up'],
  params: idParam,
  body: noteChangesBody,
  response: z.object({ id: z.uuid() }),
});

export const agendaQuery = z.object({
  userId: z.uuid().optional(),
  view: z.enum(['day', 'week']).default('week'),
  /** A day of the period (the week is Monday to Sunday); today when omitted. */
  date: isoDate.optional(),
});

export const agendaRoute = defineRoute({
  operationId: 'agenda',
  method: 'GET',
  path: '/api/agenda',
  policy: 'session',
  summary:
    "A staff member's appointments for a day or a week (mine by default), with conflicts flagged, and the open tasks due on those days",
  tags: ['follow-up'],
  query: agendaQuery,
  response: z.object({
    userId: z.uuid(),
    from: z.string(),
    to: z.string(),
    items: z.array(
      appointmentView.extend({
        personName: z.string(),
        conflictsWith: z.array(z.uuid()),
      }),
    ),
    tasks: z
      .array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          dueOn: z.string(),
          person: z.object({ id: z.uuid(), name: z.string() }).nullable(),
        }),
      )
      .describe('Open tasks of this staff member due on the days shown'),
    staff: z.array(z.object({ userId: z.uuid(), displayName: z.string() })),
  }),
});

const histogramView = z.object(
  Object.fromEntries(histogramBuckets.map((b) => [b, z.number().int()])) as Record<
    (typeof histogramBuckets)[number],
    z.ZodNumber
  >,
);

export const programIntensityRoute = defineRoute({
  operationId: 'programIntensity',
  method: 'GET',
  path: '/api/programs/:id/intensity',
  policy: 'session',
  summary:
    'Contacts per person per calendar month (median, distribution 0–4+) for the program’s enrolments, computed from held appointments and notes: figures only',
  tags: ['follow-up'],
  params: idParam,
  query: z.object({ months: z.coerce.number().int().min(1).max(24).default(6) }),
  response: z.object({
    expectedContactsPerMonth: z.number().int().nullable(),
    scope: z.enum(['program', 'organization']),
    today: z.string(),
    months: z.array(
      z.object({
        month: z.string(),
        people: z.number().int(),
        contacts: z.number().int(),
        median: z.number().nullable(),
        histogram: histogramView,
        belowExpected: z.number().int().nullable(),
      }),
    ),
  }),
});
