import type { AuditWriter } from '../../../core/audit/audit-log.js';
import type { Actor, RequestContext } from '../../../core/auth/actor.js';
import { onDay, type TimelinePublisher } from '../../../core/timeline/timeline.js';
import type { CaseRecord } from '../adapters/cases-repository.js';
import type { PathwayRecord } from '../adapters/pathways-repository.js';

export type CaseEventKind =
  | 'recognition.case_opened'
  | 'recognition.step_moved'
  | 'recognition.steps_financed'
  | 'recognition.result_recorded'
  | 'recognition.case_closed';

/**
 * Every move of a case is audited (field names and counts, never values) and published on the person's
 * timeline with display facts only: the occupation's code and the jurisdiction, a step's position and
 * kind; never an amount, a note or a result's conditions.
 */
export async function recordCaseChange(
  scope: { audit: AuditWriter; timeline: TimelinePublisher; ctx: RequestContext },
  actor: Actor,
  record: Pick<CaseRecord, 'id' | 'organizationId' | 'personId'>,
  pathway: Pick<PathwayRecord, 'occupationScheme' | 'occupationCode' | 'jurisdiction'>,
  change: {
    kind: CaseEventKind;
    /** The day the fact happened, when it has one; else now. */
    on?: string | null;
    now: Date;
    data?: Record<string, string | number | boolean | null>;
    details: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  const when = change.on ? onDay(change.on) : { occurredAt: change.now };
  await scope.timeline.publish({
    organizationId: record.organizationId,
    personId: record.personId,
    ...when,
    module: 'recognition',
    kind: change.kind,
    resourceType: 'recognition_case',
    resourceId: record.id,
    data: {
      occupationScheme: pathway.occupationScheme,
      occupationCode: pathway.occupationCode,
      jurisdiction: pathway.jurisdiction,
      ...change.data,
    },
    recordedBy: actor.userId,
  });
  await scope.audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: record.organizationId,
    action: change.kind,
    resourceType: 'recognition_case',
    resourceId: record.id,
    personId: record.personId,
    requestId: scope.ctx.requestId,
    details: change.details,
  });
}
