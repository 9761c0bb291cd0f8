import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { tasksRepository } from '../adapters/tasks-repository.js';
import { requireColleague, taskRoles, visibleTask } from './task-access.js';
import { publishTaskEvent } from './task-timeline.js';

/**
 * Gives a task to another colleague of the organization. Whoever may see the task may pass it on (a
 * task on a person is the team's work on that file). Audited with both staff ids; on the timeline.
 */
export const reassignTask = defineUseCase(
  z.object({ taskId: z.uuid(), assigneeUserId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, taskRoles);
    const task = await visibleTask(trx, actor, input.taskId, true);
    if (task.assigneeUserId === input.assigneeUserId) return { id: task.id, changed: false };
    await requireColleague(trx, actor.organizationId, input.assigneeUserId);
    await tasksRepository(trx).update(task.id, { assignee_user_id: input.assigneeUserId }, now);
    const names = await accountsApi(trx).displayNames([input.assigneeUserId]);
    await publishTaskEvent(timeline, task, {
      kind: 'task.reassigned',
      occurredAt: now,
      assigneeName: names.get(input.assigneeUserId) ?? null,
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'task.reassign',
      resourceType: 'task',
      resourceId: task.id,
      personId: task.personId,
      requestId: ctx.requestId,
      details: { fromUserId: task.assigneeUserId, toUserId: input.assigneeUserId },
    });
    return { id: task.id, changed: true };
  },
);
