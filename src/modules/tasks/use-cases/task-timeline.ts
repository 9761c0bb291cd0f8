import type { TimelinePublisher } from '../../../core/timeline/timeline.js';
import type { TaskRecord } from '../adapters/tasks-repository.js';

export type TaskEventKind = 'task.created' | 'task.reassigned' | 'task.completed' | 'task.reopened';

/**
 * A task on a person appears in the person's timeline: its title and who holds it (names only, never
 * the note). A task on nobody publishes nothing.
 */
export async function publishTaskEvent(
  timeline: TimelinePublisher,
  task: Pick<TaskRecord, 'id' | 'organizationId' | 'personId' | 'title' | 'dueOn'>,
  event: { kind: TaskEventKind; occurredAt: Date; assigneeName: string | null; recordedBy: string },
): Promise<void> {
  if (!task.personId) return;
  await timeline.publish({
    organizationId: task.organizationId,
    personId: task.personId,
    occurredAt: event.occurredAt,
    module: 'tasks',
    kind: event.kind,
    resourceType: 'task',
    resourceId: task.id,
    data: { title: task.title, assignee: event.assigneeName, dueOn: task.dueOn },
    recordedBy: event.recordedBy,
  });
}
