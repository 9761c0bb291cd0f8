import type { TimelineEvent } from '../../../core/timeline/timeline.js';
import type { NoteRecord } from '../adapters/notes-repository.js';

/** The note's event: kind and time spent only, never its text; a confidential one is restricted to who may read it. */
export function noteTimelineEvent(
  note: Pick<
    NoteRecord,
    | 'id'
    | 'organizationId'
    | 'personId'
    | 'kind'
    | 'occurredAt'
    | 'minutesSpent'
    | 'confidential'
    | 'authorUserId'
  >,
  referentUserId: string | null,
): TimelineEvent {
  return {
    organizationId: note.organizationId,
    personId: note.personId,
    occurredAt: note.occurredAt,
    module: 'follow-up',
    kind: 'note.added',
    resourceType: 'note',
    resourceId: note.id,
    restrictedTo: note.confidential
      ? [...new Set([note.authorUserId, ...(referentUserId ? [referentUserId] : [])])]
      : null,
    data: { noteKind: note.kind, minutesSpent: note.minutesSpent },
    recordedBy: note.authorUserId,
  };
}
