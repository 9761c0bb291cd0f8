import type { FastifyInstance } from 'fastify';
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
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { agenda } from './use-cases/agenda.js';
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
}
