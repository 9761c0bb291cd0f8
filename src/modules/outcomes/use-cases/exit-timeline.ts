import { onDay, type TimelinePublisher } from '../../../core/timeline/timeline.js';

/**
 * An exit on the person's timeline, dated by its exit day: the outcome's code and the program's names
 * (display facts only; the evidence, the note and the verdict stay in the exit).
 */
export function publishExitEvent(
  timeline: TimelinePublisher,
  kind: 'exit.recorded' | 'exit.corrected',
  exit: { id: string; organizationId: string; personId: string; exitOn: string; outcome: string },
  program: { programNameFr: string; programNameEn: string },
  recordedBy: string,
) {
  return timeline.publish({
    organizationId: exit.organizationId,
    personId: exit.personId,
    ...onDay(exit.exitOn),
    module: 'outcomes',
    kind,
    resourceType: 'exit',
    resourceId: exit.id,
    data: { exitOutcome: exit.outcome, ...program },
    recordedBy,
  });
}
