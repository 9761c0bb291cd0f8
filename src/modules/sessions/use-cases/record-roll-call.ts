import { rollCallBody } from '../../../contracts/sessions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { attendedMinutes } from '../domain/attendance.js';
import { sessionErrors } from '../errors.js';
import { sessionStaffRoles, visibleMeeting } from './session-access.js';
import { attendanceKind, sessionEvent } from './session-timeline.js';

/**
 * Saves marks for a meeting. Each mark is its own row (meeting, participant): two counselors taking the
 * roll call on two tablets at once each save their marks without erasing the other's; marking the same
 * person again is a correction. Taking the roll call records that the meeting was held.
 */
export const recordRollCall = defineUseCase(
  rollCallBody,
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionStaffRoles);
    const repo = sessionsRepository(trx);
    const { meeting, series } = await visibleMeeting(trx, actor, input.meetingId);
    if (meeting.status === 'cancelled') throw sessionErrors.meetingCancelled();
    if (meeting.startsAt.getTime() > now.getTime()) throw sessionErrors.meetingInFuture();
    const enrolments = new Map((await repo.enrolmentsOf(series.id)).map((e) => [e.id, e]));
    for (const mark of input.marks) {
      const enrolment = enrolments.get(mark.enrolmentId);
      // Staff of a partner organization mark only the participants they enrolled; the organizer marks everyone.
      const mayMark =
        series.organizationId === actor.organizationId ||
        enrolment?.participantOrganizationId === actor.organizationId;
      if (enrolment?.status !== 'enrolled' || !mayMark) throw sessionErrors.notEnrolledInSeries();
      if (mark.minutesMissed > meeting.durationMinutes) throw sessionErrors.minutesAboveMeeting();
    }
    const before = new Map((await repo.marksOfMeeting(meeting.id)).map((m) => [m.enrolmentId, m]));
    // Held first, and the figures refreshed once, by the marks' write, as a held meeting's (refreshing
    // them for the status too read the meeting's figures twice on a first roll call).
    if (meeting.status !== 'held') await repo.markHeldBeforeMarks(meeting.id);
    await repo.upsertMarks(meeting.id, series.organizationId, input.marks, actor.userId, now);
    // One event per person and meeting on their file; saving the same mark again adds nothing, a changed
    // mark is shown as a correction (the Sessions tab has the mark in force). One statement for all.
    const events = input.marks.flatMap((mark) => {
      const previous = before.get(mark.enrolmentId);
      const same =
        previous?.mark === mark.mark &&
        previous.minutesMissed === mark.minutesMissed &&
        previous.live === mark.live;
      const enrolment = enrolments.get(mark.enrolmentId);
      if (same || !enrolment) return [];
      const event = sessionEvent(
        { ...enrolment, enrolmentId: enrolment.id },
        {
          kind: previous ? 'session.attendance_corrected' : attendanceKind(mark),
          occurredAt: meeting.startsAt,
          resourceType: 'session_meeting',
          resourceId: meeting.id,
          data: {
            title: series.title,
            minutes: attendedMinutes(meeting.durationMinutes, mark),
            scheduledMinutes: meeting.durationMinutes,
          },
          recordedBy: actor.userId,
        },
      );
      return event ? [event] : [];
    });
    await timeline.publishMany(events);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: series.organizationId,
      action: 'session.roll_call',
      resourceType: 'session_meeting',
      resourceId: meeting.id,
      requestId: ctx.requestId,
      details: { marks: input.marks.length },
    });
    return { meetingId: meeting.id, marked: input.marks.length };
  },
);
