import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { promotions } from '../domain/waitlist.js';
import { sessionErrors } from '../errors.js';
import { enqueueInvitation } from '../jobs.js';
import { sessionStaffRoles, visibleSeries } from './session-access.js';
import { publishSessionEvent } from './session-timeline.js';

/** A participant leaves: their seat goes at once to whoever has waited longest. */
export const withdrawParticipant = defineUseCase(
  z.object({ enrolmentId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionStaffRoles);
    const repo = sessionsRepository(trx);
    const enrolment = await repo.findEnrolment(input.enrolmentId);
    if (!enrolment || enrolment.participantOrganizationId !== actor.organizationId)
      throw sessionErrors.enrolmentNotFound();
    const series = await visibleSeries(trx, actor, enrolment.seriesId, true);
    if (enrolment.status === 'withdrawn') return { promoted: [] as string[] };
    await repo.setEnrolmentStatus([enrolment.id], 'withdrawn', now);
    const enrolments = await repo.enrolmentsOf(series.id);
    const holders = enrolments.map((h) => ({
      id: h.id,
      status: h.status,
      requestedAt: h.requestedAt.toISOString(),
    }));
    const promoted = promotions(holders, series.capacity);
    await repo.setEnrolmentStatus(promoted, 'enrolled', now);
    for (const promotedId of promoted) await enqueueInvitation(trx, { newId }, promotedId, now);
    const event = (kind: 'session.withdrawn' | 'session.promoted', enrolmentId: string) => ({
      kind,
      occurredAt: now,
      resourceType: 'session_enrolment' as const,
      resourceId: enrolmentId,
      data: { title: series.title },
      recordedBy: actor.userId,
    });
    await publishSessionEvent(
      timeline,
      { ...enrolment, enrolmentId: enrolment.id },
      event('session.withdrawn', enrolment.id),
    );
    for (const h of enrolments.filter((e) => promoted.includes(e.id)))
      await publishSessionEvent(timeline, { ...h, enrolmentId: h.id }, event('session.promoted', h.id));
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'session.withdraw',
      resourceType: 'session_enrolment',
      resourceId: enrolment.id,
      personId: enrolment.personId,
      requestId: ctx.requestId,
      details: { seriesId: series.id, promoted: promoted.length },
    });
    return { promoted };
  },
);
