import { taskBody } from '../../../contracts/tasks.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { personSummary } from '../../people/api.js';
import { tasksRepository } from '../adapters/tasks-repository.js';
import { taskErrors } from '../errors.js';
import { requireColleague, taskRoles } from './task-access.js';
import { publishTaskEvent } from './task-timeline.js';

/**
 * A to-do for oneself or a colleague of the organization, on a person the organization follows or on
 * nobody. A task on a person is published on the person's timeline. Audited (field names only).
 */
export const createTask = defineUseCase(
  taskBody,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, taskRoles);
    const assigneeUserId = input.assigneeUserId ?? actor.userId;
    if (assigneeUserId !== actor.userId) await requireColleague(trx, actor.organizationId, assigneeUserId);
    const personId = input.personId ?? null;
    if (personId && !(await personSummary(trx, personId, actor.organizationId)))
      throw taskErrors.personNotFound();
    const task = {
      id: newId(),
      organizationId: actor.organizationId,
      personId,
      title: input.title,
      note: input.note ?? null,
      dueOn: input.dueOn,
      assigneeUserId,
      createdBy: actor.userId,
      createdAt: now,
    };
    await tasksRepository(trx).insert(task);
    const names = await accountsApi(trx).displayNames([assigneeUserId]);
    await publishTaskEvent(timeline, task, {
      kind: 'task.created',
      occurredAt: now,
      assigneeName: names.get(assigneeUserId) ?? null,
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'task.create',
      resourceType: 'task',
      resourceId: task.id,
      personId,
      requestId: ctx.requestId,
      details: { forColleague: assigneeUserId !== actor.userId, withNote: Boolean(task.note) },
    });
    return { id: task.id };
  },
);
