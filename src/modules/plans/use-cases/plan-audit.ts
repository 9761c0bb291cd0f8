import type { AuditWriter } from '../../../core/audit/audit-log.js';
import type { Actor, RequestContext } from '../../../core/auth/actor.js';

/** One audit entry about a person's plan. Details hold field names and counts, never values. */
export function auditPlan(
  audit: AuditWriter,
  actor: Actor,
  ctx: RequestContext,
  entry: {
    action: string;
    resourceType: 'plan' | 'plan_goal' | 'plan_step' | 'person';
    resourceId: string;
    personId: string;
    details?: Record<string, unknown>;
  },
) {
  return audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId,
    personId: entry.personId,
    requestId: ctx.requestId,
    details: entry.details ?? {},
  });
}
