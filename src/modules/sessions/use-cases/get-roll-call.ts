import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { presentParticipants } from './present-participants.js';
import { sessionStaffRoles, visibleMeeting } from './session-access.js';

/** The roll call of a meeting: seated participants the actor may mark, with their marks so far. */
export const getRollCall = defineUseCase(
  z.object({ meetingId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionStaffRoles);
    const repo = sessionsRepository(trx);
    const { meeting, series } = await visibleMeeting(trx, actor, input.meetingId);
    const organizedByMe = series.organizationId === actor.organizationId;
    const [enrolments, marks, meetings] = await Promise.all([
      repo.enrolmentsOf(series.id),
      repo.marksOfMeeting(meeting.id),
      repo.meetingsOf(series.id),
    ]);
    const seated = enrolments.filter(
      (e) =>
        e.status === 'enrolled' && (organizedByMe || e.participantOrganizationId === actor.organizationId),
    );
    const byEnrolment = new Map(marks.map((m) => [m.enrolmentId, m]));
    const participants = (await presentParticipants(trx, actor, seated)).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    const full = meetings.find((m) => m.id === meeting.id);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: series.organizationId,
      action: 'session.roll_call_read',
      resourceType: 'session_meeting',
      resourceId: meeting.id,
      requestId: ctx.requestId,
      details: { participants: participants.length },
    });
    return {
      meeting: {
        id: meeting.id,
        number: meeting.number,
        startsAt: meeting.startsAt.toISOString(),
        durationMinutes: meeting.durationMinutes,
        status: meeting.status,
        firstPlannedAt: (full?.firstPlannedAt ?? meeting.startsAt).toISOString(),
        cancelReason: full?.cancelReason ?? null,
        marked: marks.length,
      },
      started: meeting.startsAt.getTime() <= now.getTime(),
      seriesId: series.id,
      seriesTitle: series.title,
      participants: participants.map((p) => {
        const mark = byEnrolment.get(p.enrolmentId);
        return {
          ...p,
          mark: mark?.mark ?? null,
          minutesMissed: mark?.minutesMissed ?? 0,
          live: mark?.live ?? true,
        };
      }),
    };
  },
);
