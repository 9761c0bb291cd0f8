import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { viewsRepository } from '../adapters/views-repository.js';
import { caseloadErrors } from '../errors.js';
import { auditView, viewRoles } from './view-access.js';

/** Deletes one of my views (colleagues who opened a shared one keep their page as it is). */
export const deleteView = defineUseCase(
  z.object({ viewId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, viewRoles);
    const repo = viewsRepository(trx);
    const view = await repo.ownedBy(actor.organizationId, actor.userId, input.viewId, true);
    if (!view) throw caseloadErrors.viewNotFound();
    await repo.remove(view.id);
    await auditView(audit, actor, ctx, 'caseload_view.delete', view.id, { wasShared: view.shared });
    return { ok: true as const };
  },
);
