import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { attendanceTotals } from '../domain/attendance.js';
import { decideAttestation } from '../domain/attestation-rule.js';
import { sessionErrors } from '../errors.js';
import { sessionStaffRoles, visibleSeries } from './session-access.js';

/** A participant's hours in a series and, when the series grants one, where their attestation stands. */
export const attendanceOfParticipant = defineUseCase(
  z.object({ enrolmentId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionStaffRoles);
    const repo = sessionsRepository(trx);
    const enrolment = await repo.findEnrolment(input.enrolmentId);
    if (!enrolment) throw sessionErrors.enrolmentNotFound();
    const series = await visibleSeries(trx, actor, enrolment.seriesId);
    if (
      series.organizationId !== actor.organizationId &&
      enrolment.participantOrganizationId !== actor.organizationId
    ) {
      throw sessionErrors.enrolmentNotFound();
    }
    const [meetings, marks] = await Promise.all([
      repo.meetingsOf(series.id),
      repo.marksOfEnrolment(enrolment.id),
    ]);
    const byMeeting = new Map(marks.map((m) => [m.meetingId, m]));
    const totals = attendanceTotals(
      meetings.map((m) => {
        const mark = byMeeting.get(m.id);
        return {
          status: m.status,
          scheduledMinutes: m.durationMinutes,
          record: mark ? { mark: mark.mark, minutesMissed: mark.minutesMissed, live: mark.live } : undefined,
        };
      }),
    );
    const toCome = meetings.filter(
      (m) => m.status === 'scheduled' && m.startsAt.getTime() > now.getTime(),
    ).length;
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: enrolment.participantOrganizationId,
      action: 'session.attendance_read',
      resourceType: 'session_enrolment',
      resourceId: enrolment.id,
      personId: enrolment.personId,
      requestId: ctx.requestId,
      details: {},
    });
    return {
      totals,
      meetingsToCome: toCome,
      attestation: series.attestationRule ? decideAttestation(series.attestationRule, totals, toCome) : null,
      asOf: now.toISOString(),
    };
  },
);
