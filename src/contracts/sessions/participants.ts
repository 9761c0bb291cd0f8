/** Enrolling participants, the roll call, cancelling and moving a meeting, the sign-in sheet. */
import { z } from 'zod';
import { attendanceMarks } from '../../modules/sessions/domain/attendance.js';
import { defineRoute, idParam } from '../define.js';
import { plannedDateTime, text } from '../primitives.js';
import { meetingView, participantView, rollCallBody } from './series.js';

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

export const attestationDecision = z.discriminatedUnion('outcome', [
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
