import type { FastifyInstance } from 'fastify';
import {
  calendarFeedIcsRoute,
  calendarFeedRoute,
  createCalendarFeedRoute,
  revokeCalendarFeedRoute,
} from '../../contracts/calendar-feed.js';
import { errorBody } from '../../contracts/define.js';
import {
  agendaRoute,
  cancelAppointmentRoute,
  editNoteRoute,
  personFollowUpRoute,
  programIntensityRoute,
  recordOutcomeRoute,
  rescheduleAppointmentRoute,
  scheduleAppointmentRoute,
  writeNoteRoute,
} from '../../contracts/follow-up.js';
import { contractSchema, fileResponse, mountRoute, routeInputOf } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { agenda } from './use-cases/agenda.js';
import {
  calendarFeedStatus,
  createCalendarFeed,
  readCalendarFeed,
  revokeCalendarFeed,
} from './use-cases/calendar-feed.js';
import { cancelAppointment } from './use-cases/cancel-appointment.js';
import { editNote } from './use-cases/edit-note.js';
import { personFollowUp } from './use-cases/person-follow-up.js';
import { programIntensity } from './use-cases/program-intensity.js';
import { recordOutcome } from './use-cases/record-outcome.js';
import { rescheduleAppointment } from './use-cases/reschedule-appointment.js';
import { scheduleAppointment } from './use-cases/schedule-appointment.js';
import { writeNote } from './use-cases/write-note.js';

export function registerFollowUpRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, scheduleAppointmentRoute, ({ body, ctx }) => scheduleAppointment(deps)(ctx, body));
  mountRoute(app, rescheduleAppointmentRoute, ({ params, body, ctx }) =>
    rescheduleAppointment(deps)(ctx, { ...body, appointmentId: params.id }),
  );
  mountRoute(app, recordOutcomeRoute, ({ params, body, ctx }) =>
    recordOutcome(deps)(ctx, { ...body, appointmentId: params.id }),
  );
  mountRoute(app, cancelAppointmentRoute, ({ params, body, ctx }) =>
    cancelAppointment(deps)(ctx, { ...body, appointmentId: params.id }),
  );
  mountRoute(app, personFollowUpRoute, ({ params, ctx }) =>
    personFollowUp(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, writeNoteRoute, ({ body, ctx }) => writeNote(deps)(ctx, body));
  mountRoute(app, editNoteRoute, ({ params, body, ctx }) =>
    editNote(deps)(ctx, { ...body, noteId: params.id }),
  );
  mountRoute(app, agendaRoute, ({ query, ctx }) => agenda(deps)(ctx, query));
  mountRoute(app, programIntensityRoute, ({ params, query, ctx }) =>
    programIntensity(deps)(ctx, { programId: params.id, months: query.months }),
  );
  mountRoute(app, calendarFeedRoute, ({ ctx }) => calendarFeedStatus(deps)(ctx, {}));
  mountRoute(app, createCalendarFeedRoute, ({ ctx }) => createCalendarFeed(deps)(ctx, {}));
  mountRoute(app, revokeCalendarFeedRoute, async ({ ctx }) => {
    await revokeCalendarFeed(deps)(ctx, {});
    return undefined;
  });
  registerCalendarFeedIcs(app, deps);
}

/**
 * The public feed: the token is in the query string, which the request log leaves out (it logs the
 * path only). Limited per address, so that nobody walks the space of tokens; calendar applications
 * poll every hour or so. Answered inline as text/calendar, never cached by proxies.
 */
function registerCalendarFeedIcs(app: FastifyInstance, deps: Deps): void {
  app.route({
    method: calendarFeedIcsRoute.method,
    url: calendarFeedIcsRoute.path,
    config: { policy: calendarFeedIcsRoute.policy, rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: {
      ...contractSchema(calendarFeedIcsRoute),
      response: { 200: fileResponse(['text/calendar']), '4xx': errorBody, '5xx': errorBody },
    },
    handler: async (request, reply) => {
      const { query, ctx } = routeInputOf<typeof calendarFeedIcsRoute>(request, reply);
      const feed = await readCalendarFeed(deps)(ctx, query);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `inline; filename="${feed.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(feed.body);
    },
  });
}
