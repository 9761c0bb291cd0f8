import type { Executor } from '../../core/db/types.js';
import { tasksRepository } from './adapters/tasks-repository.js';
import { taskViews } from './use-cases/task-views.js';

export interface AgendaTask {
  id: string;
  title: string;
  dueOn: string;
  person: { id: string; name: string } | null;
}

/**
 * The open tasks a staff member has due on the days of an agenda (`to` excluded): a follow-up call after
 * an exit, a document to ask for. The agenda's own use case checks who may read whose agenda and audits it.
 */
export async function openTasksDueBetween(
  db: Executor,
  organizationId: string,
  userId: string,
  from: string,
  to: string,
): Promise<AgendaTask[]> {
  const tasks = await tasksRepository(db).openDueBetween(organizationId, userId, from, to);
  return (await taskViews(db, organizationId, tasks)).map(({ id, title, dueOn, person }) => ({
    id,
    title,
    dueOn,
    person,
  }));
}
