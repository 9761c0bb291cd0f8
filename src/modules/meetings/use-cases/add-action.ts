import { z } from 'zod';
import { actionBody } from '../../../contracts/meetings.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { actionsRepository } from '../adapters/actions-repository.js';
import { meetingErrors } from '../errors.js';
import { consortiumParticipants, meetingRoles, meetingToRun, requireParticipants } from './meeting-access.js';
import { requireActiveStaff } from './meeting-staff.js';

/**
 * An action decided at a meeting, owned by a member (or the coordination), carried by one of its active
 * staff accounts or by someone named without one; it starts open. Audited.
 */
export const addAction = defineUseCase(
  actionBody.extend({ meetingId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, meetingRoles);
    const meeting = await meetingToRun(trx, actor, input.meetingId);
    requireParticipants(await consortiumParticipants(trx, meeting.consortiumId), [input.ownerOrganizationId]);
    if (input.ownerUserId)
      await requireActiveStaff(
        trx,
        input.ownerOrganizationId,
        [input.ownerUserId],
        meetingErrors.ownerNotStaff,
      );
    const id = newId();
    await actionsRepository(trx).insertAction({
      id,
      organizationId: meeting.organizationId,
      meetingId: meeting.id,
      title: input.title,
      ownerOrganizationId: input.ownerOrganizationId,
      ownerUserId: input.ownerUserId ?? null,
      ownerName: input.ownerName ?? null,
      dueOn: input.dueOn ?? null,
      status: 'open',
      createdBy: actor.userId,
      createdAt: now,
    });
    await actionsRepository(trx).insertChange(meeting.organizationId, {
      id: newId(),
      actionId: id,
      meetingId: meeting.id,
      from: null,
      to: 'open',
      note: null,
      changedBy: actor.userId,
      at: now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: meeting.organizationId,
      action: 'meetings.action_add',
      resourceType: 'consortium_meeting_action',
      resourceId: id,
      requestId: ctx.requestId,
      details: {
        meetingId: meeting.id,
        ownerOrganizationId: input.ownerOrganizationId,
        ownerUser: !!input.ownerUserId,
        due: !!input.dueOn,
      },
    });
    return { id };
  },
);
