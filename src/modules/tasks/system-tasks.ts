/**
 * A task another module gives a member of staff on its own (a daily sweep: a contract ending soon),
 * in the caller's transaction: the task, and its event on the person's timeline. The caller checks
 * that the person is followed and audits its sweep.
 */
import type { Executor } from '../../core/db/types.js';
import type { TimelinePublisher } from '../../core/timeline/timeline.js';
import { accountsApi } from '../accounts/api.js';
import { tasksRepository } from './adapters/tasks-repository.js';
import { publishTaskEvent } from './use-cases/task-timeline.js';

export interface SystemTask {
  id: string;
  organizationId: string;
  /** Null for a task on nobody (a referral received, whose person has no file here yet). */
  personId: string | null;
  /** The staff member who holds it; also its author, as nobody else asked for it. */
  assigneeUserId: string;
  title: string;
  note: string | null;
  dueOn: string;
}

export async function giveTask(
  db: Executor,
  timeline: TimelinePublisher,
  task: SystemTask,
  now: Date,
): Promise<void> {
  const record = { ...task, createdBy: task.assigneeUserId, createdAt: now };
  await tasksRepository(db).insert(record);
  const names = await accountsApi(db).displayNames([task.assigneeUserId]);
  await publishTaskEvent(timeline, record, {
    kind: 'task.created',
    occurredAt: now,
    assigneeName: names.get(task.assigneeUserId) ?? null,
    recordedBy: task.assigneeUserId,
  });
}
