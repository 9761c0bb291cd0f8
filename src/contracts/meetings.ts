import { z } from 'zod';
import { actionStatuses, attendanceStatuses, meetingKinds } from '../modules/meetings/domain/vocabulary.js';
import { defineRoute, idParam } from './define.js';
import { optionalText, plannedDate, plannedDateTime, storableUrl, text } from './primitives.js';

export { actionStatuses, attendanceStatuses, meetingKinds };

/**
 * Steering and practice-exchange meetings of a consortium (docs/meetings.md): agenda, invited member
 * organizations and their attendance, minutes, numbered decisions, actions owned by a member with their
 * history, carried over to the next meeting of the series while open, and documents (references).
 */
const organizationIds = z
  .array(z.uuid())
  .max(100)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Each organization once' });

const meetingDetails = z.object({
  title: text(200),
  startsAt: plannedDateTime('The meeting'),
  endsAt: plannedDateTime('The end of the meeting').nullish(),
  place: optionalText(300),
  videoLink: storableUrl({ protocol: /^https?$/ })
    .max(500)
    .nullish()
    .describe('A video call link'),
  agenda: z.array(text(500)).max(50).describe('The agenda, item by item, in order'),
  invitedOrganizationIds: organizationIds.describe('Member organizations invited (or the coordination)'),
});
const endsAfterStart: [
  (b: { startsAt: string; endsAt?: string | null }) => boolean,
  { message: string; path: string[] },
] = [
  (b) => !b.endsAt || new Date(b.endsAt) > new Date(b.startsAt),
  { message: 'A meeting ends after it begins', path: ['endsAt'] },
];

export const meetingDetailsBody = meetingDetails.refine(...endsAfterStart);

export const createMeetingBody = meetingDetails
  .extend({ consortiumId: z.uuid(), kind: z.enum(meetingKinds) })
  .refine(...endsAfterStart);

const organization = z.object({ id: z.uuid(), name: z.string() });
const staff = z.object({ userId: z.uuid(), name: z.string().nullable() });
/** A contact of the partner directory (network), as a meeting shows it. */
const partnerContact = z.object({ id: z.uuid(), name: z.string(), role: z.string().nullable() });

export const meetingSummary = z
  .object({
    id: z.uuid(),
    consortiumId: z.uuid(),
    kind: z.enum(meetingKinds),
    title: z.string(),
    startsAt: z.string(),
    place: z.string().nullable(),
    invited: z.number().int(),
    /** Organizations present. */
    present: z.number().int(),
    /** People present (staff and guests named for the organizations present, and partner contacts). */
    people: z.number().int(),
    openActions: z.number().int(),
    hasMinutes: z.boolean(),
  })
  .meta({ id: 'MeetingSummary' });

export const actionChange = z.object({
  from: z.enum(actionStatuses).nullable(),
  to: z.enum(actionStatuses),
  at: z.string(),
  meeting: z.object({ id: z.uuid(), title: z.string(), startsAt: z.string() }).nullable(),
  note: z.string().nullable(),
  changedBy: staff,
});

export const meetingAction = z
  .object({
    id: z.uuid(),
    title: z.string(),
    owner: organization,
    /** The staff member of the owner who carries it, if named. */
    ownerUser: staff.nullable(),
    /** Someone of the owner without an account on the platform, if named. */
    ownerName: z.string().nullable(),
    dueOn: z.string().nullable(),
    status: z.enum(actionStatuses),
    overdue: z.boolean(),
    decidedAt: z.object({ id: z.uuid(), title: z.string(), startsAt: z.string() }),
    /** May the reader change its status (the coordination, or staff of the owner). */
    mayUpdate: z.boolean(),
    history: z.array(actionChange),
  })
  .meta({ id: 'MeetingAction' });

export const meetingView = z
  .object({
    id: z.uuid(),
    consortium: organization,
    kind: z.enum(meetingKinds),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    place: z.string().nullable(),
    videoLink: z.string().nullable(),
    agenda: z.array(z.string()),
    minutes: z.string().nullable(),
    decisions: z.array(z.string()),
    attendance: z.array(
      z.object({
        organization,
        status: z.enum(attendanceStatuses).nullable(),
        /** Its staff who attended, by their accounts. */
        attendees: z.array(staff),
        /** Who attended without an account on the platform, as written. */
        guests: z.array(z.string()),
        /** People present for it: its staff and guests named, when the organization was present. */
        people: z.number().int(),
      }),
    ),
    /** Contacts of the partner directory who attended, by partner organization. */
    partnerAttendance: z.array(
      z.object({ partner: organization, contacts: z.array(partnerContact), people: z.number().int() }),
    ),
    /** People present over all the organizations, partner contacts included. */
    peoplePresent: z.number().int(),
    /** The contacts of the coordination's partner directory, to choose from, for who runs it (empty otherwise). */
    partnerContacts: z.array(partnerContact.extend({ partner: organization })),
    /**
     * The consortium's members and coordination with their active staff (who may attend and own an
     * action), for the one who runs the meeting (empty otherwise).
     */
    participants: z.array(organization.extend({ staff: z.array(staff) })),
    actions: z.array(meetingAction),
    carriedOver: z.array(meetingAction),
    documents: z.array(
      z.object({ id: z.uuid(), title: z.string(), url: z.string(), addedBy: staff, addedAt: z.string() }),
    ),
    /** The reader runs the meeting (coordination): attendance, minutes, actions. */
    runs: z.boolean(),
    createdBy: staff,
  })
  .meta({ id: 'Meeting' });

export const listMeetingsRoute = defineRoute({
  operationId: 'listMeetings',
  method: 'GET',
  path: '/api/meetings',
  policy: 'session',
  summary:
    'Meetings of my consortia, latest first: every meeting of those my organization coordinates, those it was invited to in the others',
  tags: ['meetings'],
  query: z.object({
    consortiumId: z.uuid().optional(),
    kind: z.enum(meetingKinds).optional(),
  }),
  response: z.object({
    consortia: z.array(
      organization.extend({
        runs: z.boolean(),
        /** Its members and coordination, for the one who runs its meetings (empty otherwise). */
        participants: z.array(organization),
      }),
    ),
    items: z.array(meetingSummary),
  }),
});

export const createMeetingRoute = defineRoute({
  operationId: 'createMeeting',
  method: 'POST',
  path: '/api/meetings',
  policy: 'session',
  summary:
    "Plan a meeting of a series (the consortium and its kind): the series' open actions of earlier meetings are carried over to it",
  tags: ['meetings'],
  body: createMeetingBody,
  response: z.object({ id: z.uuid(), carriedOver: z.number().int() }),
  successStatus: 201,
});

export const readMeetingRoute = defineRoute({
  operationId: 'readMeeting',
  method: 'GET',
  path: '/api/meetings/:id',
  policy: 'session',
  summary:
    'A meeting: agenda, attendance by member, minutes, decisions, actions decided and carried over, documents',
  tags: ['meetings'],
  params: idParam,
  response: meetingView,
});

export const changeMeetingRoute = defineRoute({
  operationId: 'changeMeeting',
  method: 'PUT',
  path: '/api/meetings/:id',
  policy: 'session',
  summary: 'Change a meeting: title, time, place, video link, agenda and invited organizations',
  tags: ['meetings'],
  params: idParam,
  body: meetingDetailsBody,
  response: z.undefined(),
  successStatus: 204,
});

export const attendanceBody = z.object({
  attendance: z
    .array(
      z.object({
        organizationId: z.uuid(),
        status: z.enum(attendanceStatuses).nullable(),
        attendeeUserIds: z
          .array(z.uuid())
          .max(50)
          .default([])
          .refine((ids) => new Set(ids).size === ids.length, { message: 'Each person once' })
          .describe("Who came, among the organization's staff accounts"),
        guests: z
          .array(text(200))
          .max(50)
          .default([])
          .describe('Who came without an account on the platform: one name each'),
      }),
    )
    .max(100)
    .refine((rows) => new Set(rows.map((r) => r.organizationId)).size === rows.length, {
      message: 'Each organization once',
    })
    .superRefine((rows, context) => {
      rows.forEach((row, index) => {
        if (row.status !== 'present' && row.attendeeUserIds.length + row.guests.length > 0)
          context.addIssue({
            code: 'custom',
            message: 'Only an organization present names who came',
            path: [index, 'status'],
          });
      });
    }),
});

export const recordAttendanceRoute = defineRoute({
  operationId: 'recordMeetingAttendance',
  method: 'PUT',
  path: '/api/meetings/:id/attendance',
  policy: 'session',
  summary:
    'Record who attended from each invited organization: present, excused or absent, its staff who came and guests without an account',
  tags: ['meetings'],
  params: idParam,
  body: attendanceBody,
  response: z.undefined(),
  successStatus: 204,
});

export const partnerAttendeesBody = z.object({
  contactIds: z
    .array(z.uuid())
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Each contact once' })
    .describe(
      "Who came from partner organizations, among the contacts of the coordination's partner directory",
    ),
});

export const recordPartnerAttendeesRoute = defineRoute({
  operationId: 'recordMeetingPartnerAttendees',
  method: 'PUT',
  path: '/api/meetings/:id/partner-attendees',
  policy: 'session',
  summary:
    'Name the contacts of the partner directory who attended a meeting: they replace those named before, counted by partner organization',
  tags: ['meetings'],
  params: idParam,
  body: partnerAttendeesBody,
  response: z.undefined(),
  successStatus: 204,
});

export const minutesBody = z.object({
  minutes: optionalText(50_000),
  decisions: z.array(text(2000)).max(100).describe('The decisions, numbered in this order'),
});

export const writeMinutesRoute = defineRoute({
  operationId: 'writeMeetingMinutes',
  method: 'PUT',
  path: '/api/meetings/:id/minutes',
  policy: 'session',
  summary: "Write a meeting's minutes and its numbered decisions",
  tags: ['meetings'],
  params: idParam,
  body: minutesBody,
  response: z.undefined(),
  successStatus: 204,
});

export const actionBody = z.object({
  title: text(500),
  ownerOrganizationId: z.uuid().describe('The member organization (or the coordination) that owns it'),
  ownerUserId: z.uuid().nullish().describe('The staff member of the owner who carries it, if any'),
  ownerName: optionalText(200).describe('Someone of the owner without an account on the platform, if any'),
  dueOn: plannedDate('The due day').nullish(),
});

export const addActionRoute = defineRoute({
  operationId: 'addMeetingAction',
  method: 'POST',
  path: '/api/meetings/:id/actions',
  policy: 'session',
  summary: 'Decide an action at a meeting: what, the owner, a due day; it starts open',
  tags: ['meetings'],
  params: idParam,
  body: actionBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const documentBody = z.object({
  title: text(200),
  url: storableUrl({ protocol: /^https?$/ })
    .max(2000)
    .describe('Where the document is kept'),
});

export const addDocumentRoute = defineRoute({
  operationId: 'addMeetingDocument',
  method: 'POST',
  path: '/api/meetings/:id/documents',
  policy: 'session',
  summary: 'Attach a document to a meeting, as a link to where it is kept',
  tags: ['meetings'],
  params: idParam,
  body: documentBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const actionStatusBody = z.object({
  status: z.enum(actionStatuses),
  note: optionalText(1000),
  meetingId: z.uuid().nullish().describe('The meeting where the change was made, if any'),
});

export const changeActionStatusRoute = defineRoute({
  operationId: 'changeMeetingActionStatus',
  method: 'POST',
  path: '/api/meeting-actions/:id/status',
  policy: 'session',
  summary: "Change an action's status (kept in its history with the day and the meeting)",
  tags: ['meetings'],
  params: idParam,
  body: actionStatusBody,
  response: z.undefined(),
  successStatus: 204,
});

export const openActionsRoute = defineRoute({
  operationId: 'listOpenMeetingActions',
  method: 'GET',
  path: '/api/meeting-actions',
  policy: 'session',
  summary:
    "Open actions across members: every one of the consortia my organization coordinates, my organization's own elsewhere",
  tags: ['meetings'],
  query: z.object({
    consortiumId: z.uuid().optional(),
    organizationId: z.uuid().optional().describe('Only those this organization owns'),
    overdue: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true')
      .describe('Only those past their due day'),
  }),
  response: z.object({
    today: z.string(),
    items: z.array(meetingAction.extend({ consortium: organization })),
  }),
});
