import { sealAuditLog, verifyAuditLog } from '../../../core/audit/audit-log.js';
import type { RequestContext } from '../../../core/auth/actor.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { auditRoles } from '../../../core/auth/roles.js';
import type { Deps } from '../../../core/use-case.js';

/** Seals what is pending, then recomputes the whole chain. Runs outside a use-case transaction on purpose: sealing commits on its own. */
export const verifyAudit = (deps: Deps) => async (ctx: RequestContext) => {
  const actor = requireActor(ctx);
  requireRole(actor, auditRoles);
  await sealAuditLog(deps.db);
  return verifyAuditLog(deps.db);
};
