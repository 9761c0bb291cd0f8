import type { AuditWriter } from '../../../core/audit/audit-log.js';
import type { Actor, RequestContext } from '../../../core/auth/actor.js';
import type { TimelinePublisher } from '../../../core/timeline/timeline.js';
import type { ImmersionRecord } from '../adapters/immersions-repository.js';

export type ImmersionEventKind =
  | 'immersion.created'
  | 'immersion.signed'
  | 'immersion.missed_hours'
  | 'immersion.assessed';

/**
 * Every change of an immersion is audited (field names and counts, never values) and published on the
 * person's timeline with display facts only: the kind and the host's name, the signatory's role.
 */
export async function recordImmersionChange(
  scope: { audit: AuditWriter; timeline: TimelinePublisher; ctx: RequestContext },
  actor: Actor,
  immersion: Pick<ImmersionRecord, 'id' | 'organizationId' | 'personId' | 'kind'>,
  change: {
    kind: ImmersionEventKind;
    occurredAt: Date;
    allDay?: boolean;
    employerName: string;
    data?: Record<string, string | number | boolean | null>;
    details: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  await scope.timeline.publish({
    organizationId: immersion.organizationId,
    personId: immersion.personId,
    occurredAt: change.occurredAt,
    allDay: change.allDay,
    module: 'immersions',
    kind: change.kind,
    resourceType: 'immersion',
    resourceId: immersion.id,
    data: { immersionKind: immersion.kind, employer: change.employerName, ...change.data },
    recordedBy: actor.userId,
  });
  await scope.audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: immersion.organizationId,
    action: change.kind,
    resourceType: 'immersion',
    resourceId: immersion.id,
    personId: immersion.personId,
    requestId: scope.ctx.requestId,
    details: change.details,
  });
}
