import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { tasksRepository } from '../adapters/tasks-repository.js';
import { taskRoles, visibleTask } from './task-access.js';
import { publishTaskEvent } from './task-timeline.js';

/** Marks a task done (who and when) or not done again. Audited; on the person's timeline. */
export const completeTask = defineUseCase(
  z.object({ taskId: z.uuid(), done: z.boolean() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, taskRoles);
    const task = await visibleTask(trx, actor, input.taskId, true);
    if ((task.doneAt !== null) === input.done) return { id: task.id, changed: false };
    await tasksRepository(trx).update(
      task.id,
      input.done ? { done_at: now, done_by: actor.userId } : { done_at: null, done_by: null },
      now,
    );
    const names = await accountsApi(trx).displayNames([task.assigneeUserId]);
    await publishTaskEvent(timeline, task, {
      kind: input.done ? 'task.completed' : 'task.reopened',
      occurredAt: now,
      assigneeName: names.get(task.assigneeUserId) ?? null,
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: input.done ? 'task.complete' : 'task.reopen',
      resourceType: 'task',
      resourceId: task.id,
      personId: task.personId,
      requestId: ctx.requestId,
      details: { byAssignee: task.assigneeUserId === actor.userId },
    });
    return { id: task.id, changed: true };
  },
);
