import type { TaskView } from '../../../contracts/tasks.js';
import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import { personSummary } from '../../people/api.js';
import type { TaskRecord } from '../adapters/tasks-repository.js';

/** Tasks as the API shows them: the names of the person and of the staff involved, read once. */
export async function taskViews(
  db: Executor,
  organizationId: string,
  tasks: readonly TaskRecord[],
): Promise<TaskView[]> {
  const staffIds = tasks.flatMap((t) => [t.assigneeUserId, t.createdBy, ...(t.doneBy ? [t.doneBy] : [])]);
  const names = await accountsApi(db).displayNames(staffIds);
  const personIds = [...new Set(tasks.flatMap((t) => (t.personId ? [t.personId] : [])))];
  const people = new Map<string, string>();
  for (const personId of personIds) {
    const person = await personSummary(db, personId, organizationId);
    if (person) people.set(personId, `${person.givenName} ${person.familyName}`);
  }
  return tasks.map((t) => ({
    id: t.id,
    title: t.title,
    note: t.note,
    dueOn: t.dueOn,
    person:
      t.personId && people.has(t.personId)
        ? { id: t.personId, name: people.get(t.personId) as string }
        : null,
    assignee: { userId: t.assigneeUserId, name: names.get(t.assigneeUserId) ?? null },
    createdBy: { userId: t.createdBy, name: names.get(t.createdBy) ?? null },
    createdAt: new Date(t.createdAt).toISOString(),
    doneAt: t.doneAt ? new Date(t.doneAt).toISOString() : null,
    doneByName: t.doneBy ? (names.get(t.doneBy) ?? null) : null,
  }));
}
