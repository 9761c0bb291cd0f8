import type { TimelinePublisher } from '../../../core/timeline/timeline.js';
import { onDay } from '../../../core/timeline/timeline.js';

export type PlacementEventKind =
  | 'placement.recorded'
  | 'placement.renewed'
  | 'placement.suspended'
  | 'placement.ended_early';

/**
 * A hire and each change of its contract appear on the person's timeline, dated by the day they take
 * effect: the employer's name, the job title, the contract type and the day (never the wage nor why).
 */
export async function publishPlacementEvent(
  timeline: TimelinePublisher,
  placement: { id: string; organizationId: string; personId: string; jobTitle: string; contractType: string },
  event: {
    kind: PlacementEventKind;
    on: string;
    employerName: string;
    recordedBy: string;
    until?: string | null;
  },
): Promise<void> {
  await timeline.publish({
    organizationId: placement.organizationId,
    personId: placement.personId,
    ...onDay(event.on),
    module: 'placements',
    kind: event.kind,
    resourceType: 'placement',
    resourceId: placement.id,
    data: {
      employer: event.employerName,
      jobTitle: placement.jobTitle,
      contractType: placement.contractType,
      until: event.until ?? null,
    },
    recordedBy: event.recordedBy,
  });
}
