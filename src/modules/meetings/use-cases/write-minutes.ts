import { z } from 'zod';
import { minutesBody } from '../../../contracts/meetings.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { meetingsRepository } from '../adapters/meetings-repository.js';
import { meetingRoles, meetingToRun } from './meeting-access.js';

/** The minutes and the numbered decisions of a meeting, written by the coordination. Audited (no text). */
export const writeMinutes = defineUseCase(
  minutesBody.extend({ meetingId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, meetingRoles);
    const meeting = await meetingToRun(trx, actor, input.meetingId);
    await meetingsRepository(trx).writeMinutes(meeting, input.minutes ?? null, input.decisions, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: meeting.organizationId,
      action: 'meetings.minutes_write',
      resourceType: 'consortium_meeting',
      resourceId: meeting.id,
      requestId: ctx.requestId,
      details: { minutes: input.minutes ? input.minutes.length : 0, decisions: input.decisions.length },
    });
    return undefined;
  },
);
