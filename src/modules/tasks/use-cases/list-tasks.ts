import { z } from 'zod';
import { myTasksQuery, personTasksQuery, taskCountsQuery } from '../../../contracts/tasks.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { personSummary } from '../../people/api.js';
import { tasksRepository } from '../adapters/tasks-repository.js';
import { taskErrors } from '../errors.js';
import { taskRoles } from './task-access.js';
import { taskViews } from './task-views.js';

/** The viewer's today is the server's UTC day, give or take a day (UTC−12 to UTC+14). */
function requireToday(today: string, now: Date): void {
  const shift = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  if (today < shift(-1) || today > shift(1)) throw taskErrors.dayNotToday();
}

/**
 * One bucket of the tasks assigned to me (or that I gave colleagues), one page. The rows name the
 * people they are about: audited as one read with the count.
 */
export const listMyTasks = defineUseCase(myTasksQuery, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, taskRoles);
  requireToday(input.today, now);
  const page = await tasksRepository(trx).page({
    organizationId: actor.organizationId,
    userId: actor.userId,
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
export const countMyTasks = defineUseCase(taskCountsQuery, async ({ input, ctx, trx, now }) => {
  const actor = requireActor(ctx);
  requireRole(actor, taskRoles);
  requireToday(input.today, now);
  return tasksRepository(trx).openCounts(actor.organizationId, actor.userId, input.today);
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
