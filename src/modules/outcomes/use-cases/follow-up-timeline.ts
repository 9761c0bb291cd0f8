import { onDay, type TimelinePublisher } from '../../../core/timeline/timeline.js';
import type { FollowUpRecord } from '../adapters/follow-ups-repository.js';

/** The timeline says that the person answered at that moment; what they answered stays in the follow-up. */
export function publishFollowUpAnswered(
  timeline: TimelinePublisher,
  followUp: FollowUpRecord,
  answeredOn: string,
  recordedBy: string | null,
) {
  return timeline.publish({
    organizationId: followUp.organizationId,
    personId: followUp.personId,
    ...onDay(answeredOn),
    module: 'outcomes',
    kind: 'exit_follow_up.answered',
    resourceType: 'exit_follow_up',
    resourceId: followUp.id,
    data: { months: followUp.months },
    recordedBy,
  });
}
