import { z } from 'zod';
import { myTasksQuery, personTasksQuery } from '../../../contracts/tasks.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { personSummary } from '../../people/api.js';
import { tasksRepository } from '../adapters/tasks-repository.js';
import { taskErrors } from '../errors.js';
import { taskRoles } from './task-access.js';
import { taskViews } from './task-views.js';

/** Today in the organization's time zone decides what is overdue or due today (not the browser's). */
const todayOf = (db: Executor, organizationId: string, now: Date) =>
  organizationsApi(db).todayOf(organizationId, now);

/**
 * One bucket of the tasks assigned to me (or that I gave colleagues), one page. The rows name the
 * people they are about: audited as one read with the count.
 */
export const listMyTasks = defineUseCase(myTasksQuery, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, taskRoles);
  const page = await tasksRepository(trx).page({
    organizationId: actor.organizationId,
    userId: actor.userId,
    today: await todayOf(trx, actor.organizationId, now),
    ...input,
  });
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'task.list',
    resourceType: 'task',
    resourceId: null,
    requestId: ctx.requestId,
    details: { bucket: input.bucket, assigned: input.assigned, results: page.items.length },
  });
  return {
    items: await taskViews(trx, actor.organizationId, page.items),
    page: input.page,
    pageSize: input.pageSize,
    total: page.total,
  };
});

/** The menu's count: numbers only, nothing about anyone, so not audited. */
export const countMyTasks = defineUseCase(z.object({}), async ({ ctx, trx, now }) => {
  const actor = requireActor(ctx);
  requireRole(actor, taskRoles);
  return tasksRepository(trx).openCounts(
    actor.organizationId,
    actor.userId,
    await todayOf(trx, actor.organizationId, now),
  );
});

/** The tasks on a person, for their file: scoped like the file itself, the read audited. */
export const listPersonTasks = defineUseCase(
  personTasksQuery.extend({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, taskRoles);
    if (!(await personSummary(trx, input.personId, actor.organizationId))) throw taskErrors.personNotFound();
    const tasks = await tasksRepository(trx).ofPerson(
      actor.organizationId,
      input.personId,
      input.include === 'all',
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'task.list_person',
      resourceType: 'task',
      resourceId: null,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { results: tasks.length },
    });
    return { items: await taskViews(trx, actor.organizationId, tasks) };
  },
);
