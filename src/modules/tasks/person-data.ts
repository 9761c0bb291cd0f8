/** The tasks module's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { tasksRepository } from './adapters/tasks-repository.js';

/** The tasks kept on the person by the organization: title, note, due day, done or not. */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const tasks = await tasksRepository(db).ofPersonAll(organizationId, personId);
  return {
    tasks: tasks.map((t) => ({
      id: t.id,
      title: t.title,
      note: t.note,
      dueOn: t.dueOn,
      createdAt: new Date(t.createdAt).toISOString(),
      doneAt: t.doneAt ? new Date(t.doneAt).toISOString() : null,
    })),
  };
}

/**
 * The tasks stay (who did what, when) but lose their title and note, which may name the person or
 * their affairs. Returns the tasks changed.
 */
export function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  return tasksRepository(db).clearTextsOfPerson(organizationId, personId);
}
