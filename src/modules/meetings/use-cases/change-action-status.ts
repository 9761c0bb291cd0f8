import { z } from 'zod';
import { actionStatusBody } from '../../../contracts/meetings.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { commonErrors } from '../../../core/errors.js';
import { defineUseCase } from '../../../core/use-case.js';
import { actionsRepository } from '../adapters/actions-repository.js';
import { meetingsRepository } from '../adapters/meetings-repository.js';
import { statusChangeRefusal } from '../domain/actions.js';
import { meetingErrors } from '../errors.js';
import { mayUpdateAction } from './action-views.js';
import { meetingRoles, visibleAction } from './meeting-access.js';

/**
 * An action's status changed by the coordination or by staff of the organization that owns it, kept in
 * its history with the day and, when given, the meeting it was decided at or carried over to. Audited.
 */
export const changeActionStatus = defineUseCase(
  actionStatusBody.extend({ actionId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, meetingRoles);
    const { action, meeting } = await visibleAction(trx, actor, input.actionId);
    if (!mayUpdateAction(actor, action, meeting.consortiumId)) throw commonErrors.forbidden();
    const _repo = meetingsRepository(trx);
    const meetingId = input.meetingId ?? null;
    if (meetingId && meetingId !== action.meetingId) {
      const carried = await actionsRepository(trx).carriedOverTo([action.id]);
      if (!carried.some((row) => row.meetingId === meetingId)) throw meetingErrors.actionNotOnMeeting();
    }
    if (statusChangeRefusal(action.status, input.status)) throw meetingErrors.statusUnchanged();
    await actionsRepository(trx).setActionStatus(action, input.status, now);
    await actionsRepository(trx).insertChange(action.organizationId, {
      id: newId(),
      actionId: action.id,
      meetingId,
      from: action.status,
      to: input.status,
      note: input.note ?? null,
      changedBy: actor.userId,
      at: now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: action.organizationId,
      action: 'meetings.action_status_change',
      resourceType: 'consortium_meeting_action',
      resourceId: action.id,
      requestId: ctx.requestId,
      details: { from: action.status, to: input.status, meetingId, note: !!input.note },
    });
    return undefined;
  },
);
