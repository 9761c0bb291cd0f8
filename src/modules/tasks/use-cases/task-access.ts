import type { Actor } from '../../../core/auth/actor.js';
import { personDataRoles, type Role } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { personSummary } from '../../people/api.js';
import { type TaskRecord, tasksRepository } from '../adapters/tasks-repository.js';
import { taskErrors } from '../errors.js';

/** Who keeps tasks: the staff who work with people's files (funders read figures only). */
export const taskRoles: readonly Role[] = personDataRoles;

/**
 * A task of the actor's organization that the actor may see: a task on a person is scoped like the
 * person's file (every role of `taskRoles` in the organization that follows the person); a task on
 * nobody belongs to its assignee and its author. Anything else answers as if it did not exist.
 */
export async function visibleTask(db: Executor, actor: Actor, taskId: string, lock = false) {
  const task = await tasksRepository(db).find(taskId, actor.organizationId, lock);
  if (!task || !(await maySee(db, actor, task))) throw taskErrors.taskNotFound();
  return task;
}

async function maySee(db: Executor, actor: Actor, task: TaskRecord): Promise<boolean> {
  if (task.personId) return (await personSummary(db, task.personId, actor.organizationId)) !== undefined;
  return task.assigneeUserId === actor.userId || task.createdBy === actor.userId;
}

/**
 * Refuses, before anything changes, an assignee who is not an active colleague of the organization
 * with a role that keeps tasks (the same answer whether they exist elsewhere or not).
 */
export async function requireColleague(db: Executor, organizationId: string, userId: string) {
  const staff = await organizationsApi(db).staffOfOrganization(organizationId);
  const role = staff.find((member) => member.userId === userId)?.role;
  const active = await accountsApi(db).mailboxes([userId]);
  if (!role || !(taskRoles as readonly string[]).includes(role) || !active.has(userId))
    throw taskErrors.assigneeNotColleague(undefined, { userId });
}
