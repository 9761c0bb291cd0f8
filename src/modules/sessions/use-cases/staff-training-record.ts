import { z } from 'zod';
import { hasRole, requireActor } from '../../../core/auth/actor.js';
import { dayInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { staffTrainingRepository } from '../adapters/staff-training-repository.js';
import { attendedMinutes } from '../domain/attendance.js';
import { certificationProgress, type DatedCredit, pointsEarned } from '../domain/staff-training.js';
import { sessionErrors } from '../errors.js';
import { certificationRoles, trainingOverseerRoles } from './session-access.js';

/**
 * A staff member's training record in the active organization: the trainings it enrolled them in, live
 * hours credited, points and attestations, and progress toward the organization's certification. Each
 * one reads their own; coordinators, directors and administrators read their organization's staff.
 */
export const staffTrainingRecord = defineUseCase(
  z.object({ userId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const self = input.userId === actor.userId;
    if (!self) {
      const member = (await organizationsApi(trx).membershipsOfUser(input.userId)).some(
        (m) => m.organizationId === actor.organizationId,
      );
      if (!hasRole(actor, trainingOverseerRoles) || !member) throw sessionErrors.staffNotFound();
    }
    // Meetings and today counted on the organization's days, not UTC's.
    const zone = await organizationsApi(trx).timeZoneOf(actor.organizationId);
    const day = (date: Date) => dayInZone(date, zone);
    const repo = sessionsRepository(trx);
    const training = staffTrainingRepository(trx);
    const rows = await training.trainingsOf(input.userId, actor.organizationId);
    const organizers = new Map(
      (await organizationsApi(trx).listOrganizations([...new Set(rows.map((r) => r.organizerId))])).map(
        (o) => [o.id, o.name],
      ),
    );
    const minuteCredits: DatedCredit[] = [];
    const pointCredits: DatedCredit[] = [];
    const trainings = [];
    for (const row of rows) {
      const [meetings, marks] = await Promise.all([
        repo.meetingsOf(row.seriesId),
        repo.marksOfEnrolment(row.enrolmentId),
      ]);
      const byMeeting = new Map(marks.map((m) => [m.meetingId, m]));
      const past = (m: { startsAt: Date }) => m.startsAt.getTime() <= now.getTime();
      // Only a seat counts: a withdrawn or waitlisted participant is credited nothing.
      const held =
        row.status === 'enrolled'
          ? meetings
              .filter((m) => m.status === 'held' || (m.status === 'scheduled' && past(m)))
              .map((m) => ({
                on: day(m.startsAt),
                scheduledMinutes: m.durationMinutes,
                attendedMinutes: attendedMinutes(m.durationMinutes, byMeeting.get(m.id)),
              }))
          : [];
      const meetingsToCome = meetings.filter((m) => m.status === 'scheduled' && !past(m)).length;
      const points = pointsEarned({
        points: row.trainingPoints,
        grantsAttestation: row.attestationRule !== null,
        attestationIssuedOn: row.attestationIssuedOn,
        meetingsToCome,
        heldMeetings: held,
      });
      for (const m of held)
        if (m.attendedMinutes > 0) minuteCredits.push({ on: m.on, amount: m.attendedMinutes });
      if (points) pointCredits.push(points);
      trainings.push({
        enrolmentId: row.enrolmentId,
        seriesId: row.seriesId,
        title: row.title,
        organizerName: organizers.get(row.organizerId) ?? '',
        status: row.status,
        firstMeetingAt: meetings[0]?.startsAt.toISOString() ?? null,
        attendedMinutes: held.reduce((sum, m) => sum + m.attendedMinutes, 0),
        scheduledMinutes: held.reduce((sum, m) => sum + m.scheduledMinutes, 0),
        meetingsToCome,
        points: points?.amount ?? 0,
        pointsOffered: row.trainingPoints,
        attestation:
          row.attestationCode && row.attestationIssuedOn
            ? { code: row.attestationCode, issuedOn: row.attestationIssuedOn }
            : null,
      });
    }
    // The latest training first, as in a CV.
    trainings.sort((a, b) => (b.firstMeetingAt ?? '').localeCompare(a.firstMeetingAt ?? ''));
    const certification = await training.certificationOf(actor.organizationId);
    const names = await accountsApi(trx).displayNames([input.userId]);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'session.training_record_read',
      resourceType: 'user',
      resourceId: input.userId,
      requestId: ctx.requestId,
      details: { trainings: trainings.length, self },
    });
    return {
      userId: input.userId,
      displayName: names.get(input.userId) ?? '',
      trainings,
      totals: {
        attendedMinutes: trainings.reduce((sum, t) => sum + t.attendedMinutes, 0),
        points: trainings.reduce((sum, t) => sum + t.points, 0),
      },
      certification: certification
        ? {
            nameFr: certification.nameFr,
            nameEn: certification.nameEn,
            requiredPoints: certification.requiredPoints,
            requiredMinutes: certification.requiredMinutes,
            periodMonths: certification.periodMonths,
            progress: certificationProgress(
              certification,
              { minutes: minuteCredits, points: pointCredits },
              day(now),
            ),
          }
        : null,
      canConfigure: hasRole(actor, certificationRoles),
    };
  },
);
