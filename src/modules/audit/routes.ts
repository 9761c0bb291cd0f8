import type { FastifyInstance } from 'fastify';
import { listAuditRoute, verifyAuditRoute } from '../../contracts/audit.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { browseAudit } from './use-cases/browse-audit.js';
import { verifyAudit } from './use-cases/verify-audit.js';

export function registerAuditRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listAuditRoute, ({ query, ctx }) => browseAudit(deps)(ctx, query));
  mountRoute(app, verifyAuditRoute, ({ ctx }) => verifyAudit(deps)(ctx));
}
