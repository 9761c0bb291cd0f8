import { seriesBody } from '../../../contracts/sessions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary, siteSummary } from '../../employers/api.js';
import { programScopeOf } from '../../programs/api.js';
import { programErrors } from '../../programs/errors.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { sessionErrors } from '../errors.js';
import { sessionOrganizerRoles } from './session-access.js';

/**
 * A one-off workshop (one meeting) or a series (an FLE course of 2 × 3 h a week for 10 weeks: 20
 * meetings), numbered in time order. Capacity, mode and attestation rule come from the catalog unless
 * the series sets its own capacity.
 */
export const planSeries = defineUseCase(seriesBody, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, sessionOrganizerRoles);
  const repo = sessionsRepository(trx);
  const type = await repo.findType(input.sessionTypeId);
  if (!type || type.organizationId !== actor.organizationId || !type.active)
    throw sessionErrors.typeNotFound();
  if (
    input.openness === 'consortium' &&
    input.consortiumId &&
    !actor.consortiumIds.includes(input.consortiumId)
  ) {
    throw sessionErrors.seriesNotFound();
  }
  // A session counts toward a program's figures only if the organization takes part in that program.
  if (input.programId && !(await programScopeOf(trx, actor, input.programId)))
    throw programErrors.programNotFound();
  // A job visit: the host employer is one the organization's directory holds (its own or shared).
  if (input.employerId && !(await employerSummary(trx, input.employerId, actor.organizationId)))
    throw sessionErrors.hostEmployerNotFound(undefined, [{ path: 'body.employerId' }]);
  if (input.employerSiteId) {
    const site = await siteSummary(trx, input.employerSiteId, actor.organizationId);
    if (!site || site.removed || site.employerId !== input.employerId)
      throw sessionErrors.hostSiteNotOfEmployer(undefined, [{ path: 'body.employerSiteId' }]);
  }
  const id = newId();
  await repo.insertSeries(
    {
      id,
      organization_id: actor.organizationId,
      session_type_id: type.id,
      program_id: input.programId ?? null,
      title: input.title,
      language: type.language,
      mode: type.mode,
      place: input.place ?? null,
      meeting_link: input.meetingLink ?? null,
      capacity: input.capacity ?? type.capacity,
      openness: input.openness,
      consortium_id: input.openness === 'consortium' ? (input.consortiumId ?? null) : null,
      presenter: input.presenter ?? null,
      attestation_rule: (type.attestationRule as object | null) ?? null,
      status: 'planned',
      employer_id: input.employerId ?? null,
      employer_site_id: input.employerSiteId ?? null,
      created_by: actor.userId,
    },
    now,
  );
  const meetings = [...input.meetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  await repo.insertMeetings(
    meetings.map((m, index) => ({
      id: newId(),
      seriesId: id,
      organizationId: actor.organizationId,
      number: index + 1,
      startsAt: new Date(m.startsAt),
      durationMinutes: m.durationMinutes ?? type.durationMinutes,
    })),
  );
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'session.plan',
    resourceType: 'session_series',
    resourceId: id,
    requestId: ctx.requestId,
    details: { meetings: meetings.length, openness: input.openness, atEmployer: Boolean(input.employerId) },
  });
  return { id };
});
