import type { z } from 'zod';
import { enrolParticipantBody } from '../../../contracts/sessions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase, type UseCaseScope } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { hasConsent, personSummary } from '../../people/api.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { placementOf } from '../domain/waitlist.js';
import { sessionErrors } from '../errors.js';
import { enqueueInvitation } from '../jobs.js';
import { sessionStaffRoles, visibleSeries } from './session-access.js';
import { publishSessionEvent } from './session-timeline.js';

/**
 * Enrols a person the actor's organization follows (beneficiary sessions) or a staff member of the
 * actor's organization (staff training). The series row is locked while seats are counted, so two
 * counselors enrolling at once cannot both take the last seat: the second goes on the waitlist.
 */
export const enrolParticipant = defineUseCase(enrolParticipantBody, (scope) => enrolInSeries(scope));

/** The enrolment itself, for use cases that enrol within their own transaction (an accepted sign-up). */
export async function enrolInSeries({
  input,
  ctx,
  trx,
  now,
  newId,
  audit,
  timeline,
}: Pick<
  UseCaseScope<z.output<typeof enrolParticipantBody>>,
  'input' | 'ctx' | 'trx' | 'now' | 'newId' | 'audit' | 'timeline'
>): Promise<{ id: string; status: 'enrolled' | 'waitlisted' }> {
  const actor = requireActor(ctx);
  requireRole(actor, sessionStaffRoles);
  const series = await visibleSeries(trx, actor, input.seriesId, true);
  if (series.status !== 'planned') throw sessionErrors.sessionClosed();
  const repo = sessionsRepository(trx);
  const type = await repo.findType(series.sessionTypeId);
  if (!type) throw sessionErrors.seriesNotFound();
  const personId = 'personId' in input ? input.personId : null;
  const userId = 'userId' in input ? input.userId : null;
  if (personId) {
    if (type.audience !== 'beneficiaries') throw sessionErrors.wrongAudience({ audience: 'staff' });
    if (!(await personSummary(trx, personId, actor.organizationId)))
      throw sessionErrors.participantNotFound();
    // Another organization runs the session: it will see the person's name, so the person must agree.
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const shared = await hasConsent(trx, personId, 'sharing_with_partners', series.organizationId, today);
    if (series.organizationId !== actor.organizationId && !shared) throw sessionErrors.consentRequired();
  } else {
    if (type.audience !== 'staff') throw sessionErrors.wrongAudience({ audience: 'beneficiaries' });
    const memberships = await organizationsApi(trx).membershipsOfUser(userId as string);
    if (!memberships.some((m) => m.organizationId === actor.organizationId))
      throw sessionErrors.participantNotFound();
  }
  const holders = await repo.enrolmentsOf(series.id);
  const existing = holders.find((h) => (personId ? h.personId === personId : h.userId === userId));
  if (existing && existing.status !== 'withdrawn') throw sessionErrors.alreadyEnrolled();
  const seated = holders.filter((h) => h.status === 'enrolled').length;
  const waiting = holders.some((h) => h.status === 'waitlisted');
  // Nobody jumps the queue: while people wait, a newcomer waits too.
  const status = waiting ? 'waitlisted' : placementOf(seated, series.capacity);
  const id = existing?.id ?? newId();
  if (existing) await repo.setEnrolmentStatus([existing.id], status, now);
  else
    await repo.insertEnrolment({
      id,
      seriesId: series.id,
      organizationId: series.organizationId,
      personId,
      userId,
      participantOrganizationId: actor.organizationId,
      status,
      enrolledBy: actor.userId,
      now,
    });
  if (status === 'enrolled') await enqueueInvitation(trx, { newId }, id, now);
  await publishSessionEvent(
    timeline,
    { enrolmentId: id, personId, participantOrganizationId: actor.organizationId },
    {
      kind: status === 'enrolled' ? 'session.enrolled' : 'session.waitlisted',
      occurredAt: now,
      resourceType: 'session_enrolment',
      resourceId: id,
      data: { title: series.title },
      recordedBy: actor.userId,
    },
  );
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'session.enrol',
    resourceType: 'session_enrolment',
    resourceId: id,
    personId,
    requestId: ctx.requestId,
    details: { seriesId: series.id, status },
  });
  return { id, status };
}
