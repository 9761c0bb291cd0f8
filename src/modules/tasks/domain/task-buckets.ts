/**
 * Where a task stands on a given day ('YYYY-MM-DD' on the viewer's calendar): done whatever its date,
 * otherwise overdue before that day, due that day, or upcoming. Dates compare as strings.
 */
export const taskBuckets = ['overdue', 'today', 'upcoming', 'done'] as const;
export type TaskBucket = (typeof taskBuckets)[number];

export function bucketOf(task: { dueOn: string; done: boolean }, today: string): TaskBucket {
  if (task.done) return 'done';
  if (task.dueOn < today) return 'overdue';
  return task.dueOn === today ? 'today' : 'upcoming';
}

/** Open tasks soonest first (then by title); done tasks latest done first. */
export function compareTasks(
  a: { dueOn: string; doneAt: string | null; title: string },
  b: { dueOn: string; doneAt: string | null; title: string },
): number {
  if (a.doneAt && b.doneAt) return b.doneAt.localeCompare(a.doneAt);
  if (a.doneAt || b.doneAt) return a.doneAt ? 1 : -1;
  return a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title);
}
