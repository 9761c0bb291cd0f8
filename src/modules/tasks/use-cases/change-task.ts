import { z } from 'zod';
import { taskChangeBody } from '../../../contracts/tasks.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { tasksRepository } from '../adapters/tasks-repository.js';
import { taskRoles, visibleTask } from './task-access.js';

/** Corrects a task's title, note or due date; audited with the names of the fields that changed. */
export const changeTask = defineUseCase(
  taskChangeBody.extend({ taskId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, taskRoles);
    const task = await visibleTask(trx, actor, input.taskId, true);
    const note = input.note ?? null;
    const fields = [
      ...(task.title !== input.title ? ['title'] : []),
      ...(task.note !== note ? ['note'] : []),
      ...(task.dueOn !== input.dueOn ? ['dueOn'] : []),
    ];
    if (fields.length === 0) return { id: task.id };
    await tasksRepository(trx).update(task.id, { title: input.title, note, due_on: input.dueOn }, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'task.update',
      resourceType: 'task',
      resourceId: task.id,
      personId: task.personId,
      requestId: ctx.requestId,
      details: { fields },
    });
    return { id: task.id };
  },
);
