import { rollCallBody } from '../../../contracts/sessions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { sessionErrors } from '../errors.js';
import { sessionStaffRoles, visibleSeries } from './session-access.js';

/**
 * Saves marks for a meeting. Each mark is its own row (meeting, participant): two counselors taking the
 * roll call on two tablets at once each save their marks without erasing the other's; marking the same
 * person again is a correction. Taking the roll call records that the meeting was held.
 */
export const recordRollCall = defineUseCase(rollCallBody, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, sessionStaffRoles);
  const repo = sessionsRepository(trx);
  const meeting = await repo.findMeeting(input.meetingId);
  if (!meeting) throw sessionErrors.meetingNotFound();
  const series = await visibleSeries(trx, actor, meeting.seriesId);
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
  await repo.upsertMarks(meeting.id, series.organizationId, input.marks, actor.userId, now);
  if (meeting.status !== 'held') await repo.setMeeting(meeting.id, { status: 'held' });
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
});
