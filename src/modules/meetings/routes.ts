import type { FastifyInstance } from 'fastify';
import {
  addActionRoute,
  addDocumentRoute,
  changeActionStatusRoute,
  changeMeetingRoute,
  createMeetingRoute,
  listMeetingsRoute,
  openActionsRoute,
  readMeetingRoute,
  recordAttendanceRoute,
  recordPartnerAttendeesRoute,
  writeMinutesRoute,
} from '../../contracts/meetings.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { addAction } from './use-cases/add-action.js';
import { addDocument } from './use-cases/add-document.js';
import { changeActionStatus } from './use-cases/change-action-status.js';
import { changeMeeting } from './use-cases/change-meeting.js';
import { createMeeting } from './use-cases/create-meeting.js';
import { listMeetings } from './use-cases/list-meetings.js';
import { openActions } from './use-cases/open-actions.js';
import { readMeeting } from './use-cases/read-meeting.js';
import { recordAttendance } from './use-cases/record-attendance.js';
import { recordPartnerAttendees } from './use-cases/record-partner-attendees.js';
import { writeMinutes } from './use-cases/write-minutes.js';

export function registerMeetingsRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listMeetingsRoute, ({ query, ctx }) => listMeetings(deps)(ctx, query));
  mountRoute(app, createMeetingRoute, ({ body, ctx }) => createMeeting(deps)(ctx, body));
  mountRoute(app, readMeetingRoute, ({ params, ctx }) => readMeeting(deps)(ctx, { meetingId: params.id }));
  mountRoute(app, changeMeetingRoute, ({ params, body, ctx }) =>
    changeMeeting(deps)(ctx, { meetingId: params.id, body }),
  );
  mountRoute(app, recordAttendanceRoute, ({ params, body, ctx }) =>
    recordAttendance(deps)(ctx, { ...body, meetingId: params.id }),
  );
  mountRoute(app, recordPartnerAttendeesRoute, ({ params, body, ctx }) =>
    recordPartnerAttendees(deps)(ctx, { ...body, meetingId: params.id }),
  );
  mountRoute(app, writeMinutesRoute, ({ params, body, ctx }) =>
    writeMinutes(deps)(ctx, { ...body, meetingId: params.id }),
  );
  mountRoute(app, addActionRoute, ({ params, body, ctx }) =>
    addAction(deps)(ctx, { ...body, meetingId: params.id }),
  );
  mountRoute(app, addDocumentRoute, ({ params, body, ctx }) =>
    addDocument(deps)(ctx, { ...body, meetingId: params.id }),
  );
  mountRoute(app, changeActionStatusRoute, ({ params, body, ctx }) =>
    changeActionStatus(deps)(ctx, { ...body, actionId: params.id }),
  );
  mountRoute(app, openActionsRoute, ({ query, ctx }) => openActions(deps)(ctx, query));
}
