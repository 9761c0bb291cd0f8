import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { personSummary } from '../../people/api.js';
import { sessionsReadRepository } from '../adapters/sessions-read-repository.js';
import { sessionErrors } from '../errors.js';
import { participantTotals } from './participant-totals.js';
import { sessionStaffRoles } from './session-access.js';

/** The sessions in a person's file, with their hours. */
export const personSessions = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionStaffRoles);
    if (!(await personSummary(trx, input.personId, actor.organizationId)))
      throw sessionErrors.participantNotFound();
    const rows = await sessionsReadRepository(trx).enrolmentsOfPerson(actor.organizationId, input.personId);
    const items = await Promise.all(
      rows.map(async (r) => {
        const { totals } = await participantTotals(trx, r.seriesId, r.enrolmentId, now);
        return {
          enrolmentId: r.enrolmentId,
          seriesId: r.seriesId,
          title: r.title,
          status: r.status,
          firstMeetingAt: r.firstMeetingAt ? new Date(r.firstMeetingAt).toISOString() : null,
          attendedMinutes: totals.attendedMinutes,
          scheduledMinutes: totals.scheduledMinutes,
          attestationCode: r.attestationCode,
        };
      }),
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'session.person_read',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { sessions: items.length },
    });
    return { items };
  },
);
