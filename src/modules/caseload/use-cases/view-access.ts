import type { AuditWriter } from '../../../core/audit/audit-log.js';
import type { Actor, RequestContext } from '../../../core/auth/actor.js';
import { personDataRoles, type Role } from '../../../core/auth/roles.js';

/** Who opens the caseload, and so keeps views of it. */
export const viewRoles: readonly Role[] = personDataRoles;

/** A view holds filters, not people's data: its changes are audited with what changed, never the filters. */
export function auditView(
  audit: AuditWriter,
  actor: Actor,
  ctx: RequestContext,
  action: string,
  viewId: string,
  details: Record<string, unknown>,
) {
  return audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action,
    resourceType: 'caseload_view',
    resourceId: viewId,
    requestId: ctx.requestId,
    details,
  });
}
