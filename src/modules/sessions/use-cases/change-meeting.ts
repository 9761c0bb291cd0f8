import { z } from 'zod';
import { isoDateTime } from '../../../contracts/define.js';
import { type Actor, requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { sessionErrors } from '../errors.js';
import { sessionOrganizerRoles, visibleMeeting } from './session-access.js';

const organizedMeeting = (db: Executor, actor: Actor, meetingId: string) =>
  visibleMeeting(db, actor, meetingId, { organizerOnly: true });

async function meetingView(db: Executor, seriesId: string, meetingId: string) {
  const repo = sessionsRepository(db);
  const [meetings, marks] = await Promise.all([repo.meetingsOf(seriesId), repo.marksOfMeeting(meetingId)]);
  const m = meetings.find((x) => x.id === meetingId);
  if (!m) throw sessionErrors.meetingNotFound();
  return {
    id: m.id,
    number: m.number,
    startsAt: m.startsAt.toISOString(),
    durationMinutes: m.durationMinutes,
    status: m.status,
    firstPlannedAt: m.firstPlannedAt.toISOString(),
    cancelReason: m.cancelReason,
    marked: marks.length,
  };
}

/** A cancelled meeting counts against no one: it leaves every participant's scheduled hours. */
export const cancelMeeting = defineUseCase(
  z.object({ meetingId: z.uuid(), reason: z.string().trim().min(1).max(500) }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionOrganizerRoles);
    const { meeting, series } = await organizedMeeting(trx, actor, input.meetingId);
    await sessionsRepository(trx).setMeeting(meeting.id, { status: 'cancelled', cancelReason: input.reason });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'session.meeting_cancel',
      resourceType: 'session_meeting',
      resourceId: meeting.id,
      requestId: ctx.requestId,
      details: { hadMarks: meeting.status === 'held' },
    });
    return meetingView(trx, series.id, meeting.id);
  },
);

/** Moves one meeting; its first planned time is kept, and a cancelled meeting can be put back this way. */
export const rescheduleMeeting = defineUseCase(
  z.object({
    meetingId: z.uuid(),
    startsAt: isoDateTime,
    durationMinutes: z.number().int().min(5).max(1440).optional(),
  }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionOrganizerRoles);
    const { meeting, series } = await organizedMeeting(trx, actor, input.meetingId);
    if (meeting.status === 'held') throw sessionErrors.meetingAlreadyHeld();
    await sessionsRepository(trx).setMeeting(meeting.id, {
      status: 'scheduled',
      startsAt: new Date(input.startsAt),
      durationMinutes: input.durationMinutes,
      cancelReason: null,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'session.meeting_reschedule',
      resourceType: 'session_meeting',
      resourceId: meeting.id,
      requestId: ctx.requestId,
      details: {},
    });
    return meetingView(trx, series.id, meeting.id);
  },
);
