import { z } from 'zod';
import type { sessionKinds } from '../../../contracts/sessions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary, siteSummary } from '../../employers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { sessionsReadRepository } from '../adapters/sessions-read-repository.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { sessionErrors } from '../errors.js';
import { presentParticipants } from './present-participants.js';
import { sessionStaffRoles, visibleSeries } from './session-access.js';

/** The session page: meetings with their roll-call counts, and the participants the actor may see. */
export const getSeries = defineUseCase(
  z.object({ seriesId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionStaffRoles);
    const series = await visibleSeries(trx, actor, input.seriesId);
    const repo = sessionsRepository(trx);
    const [type, meetings, enrolments, marked, organizations, row] = await Promise.all([
      repo.findType(series.sessionTypeId),
      repo.meetingsOf(series.id),
      repo.enrolmentsOf(series.id),
      sessionsReadRepository(trx).marksPerMeeting(series.id),
      organizationsApi(trx).listOrganizations([series.organizationId]),
      repo.seriesPractical(series.id),
    ]);
    if (!type || !row) throw sessionErrors.seriesNotFound();
    const organizedByMe = series.organizationId === actor.organizationId;
    // Partner organizations see their own participants; the organizer sees everyone.
    const visible = enrolments.filter(
      (e) => organizedByMe || e.participantOrganizationId === actor.organizationId,
    );
    const marks = new Map(marked.map((m) => [m.meetingId, m.marked]));
    const participants = await presentParticipants(trx, actor, visible);
    // A job visit's host, as the series' organization sees it (a partner may not see the directory).
    const employer = row.employerId
      ? await employerSummary(trx, row.employerId, series.organizationId)
      : undefined;
    const site = row.employerSiteId
      ? await siteSummary(trx, row.employerSiteId, series.organizationId)
      : undefined;
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: series.organizationId,
      action: 'session.read',
      resourceType: 'session_series',
      resourceId: series.id,
      requestId: ctx.requestId,
      details: { participants: participants.length },
    });
    return {
      id: series.id,
      title: series.title,
      organizationId: series.organizationId,
      organizationName: organizations[0]?.name ?? '',
      kind: type.kind as (typeof sessionKinds)[number],
      audience: type.audience,
      mode: row.mode,
      language: row.language,
      openness: series.openness,
      status: series.status,
      capacity: series.capacity,
      enrolled: enrolments.filter((e) => e.status === 'enrolled').length,
      waitlisted: enrolments.filter((e) => e.status === 'waitlisted').length,
      firstMeetingAt: meetings[0]?.startsAt.toISOString() ?? null,
      lastMeetingAt: meetings.at(-1)?.startsAt.toISOString() ?? null,
      meetings: meetings.length,
      grantsAttestation: series.attestationRule !== null,
      place: row.place,
      meetingLink: row.meetingLink,
      presenter: row.presenter,
      attestationRule: series.attestationRule,
      employer: employer
        ? {
            id: employer.id,
            name: employer.name,
            site: site ? { id: site.id, name: site.name, city: site.city } : null,
          }
        : null,
      meetingsList: meetings.map((m) => ({
        id: m.id,
        number: m.number,
        startsAt: m.startsAt.toISOString(),
        durationMinutes: m.durationMinutes,
        status: m.status,
        firstPlannedAt: m.firstPlannedAt.toISOString(),
        cancelReason: m.cancelReason,
        marked: marks.get(m.id) ?? 0,
      })),
      participants,
      organizedByMe,
    };
  },
);
