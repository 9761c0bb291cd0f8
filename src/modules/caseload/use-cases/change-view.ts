import { z } from 'zod';
import { caseloadViewChange } from '../../../contracts/caseload-work.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { isUniqueViolation } from '../../../core/db/unique-violation.js';
import { defineUseCase } from '../../../core/use-case.js';
import { viewsRepository } from '../adapters/views-repository.js';
import { caseloadErrors } from '../errors.js';
import { auditView, viewRoles } from './view-access.js';

/** Renames one of my views, shares it or stops sharing it, or saves the current filters in it. */
export const changeView = defineUseCase(
  caseloadViewChange.extend({ viewId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, viewRoles);
    const repo = viewsRepository(trx);
    const view = await repo.ownedBy(actor.organizationId, actor.userId, input.viewId, true);
    if (!view) throw caseloadErrors.viewNotFound();
    if (await repo.nameTaken(actor.organizationId, actor.userId, input.name, view.id))
      throw caseloadErrors.viewNameTaken({ name: input.name });
    try {
      await repo.update(view.id, { name: input.name, shared: input.shared, filters: input.filters }, now);
    } catch (error) {
      if (isUniqueViolation(error)) throw caseloadErrors.viewNameTaken({ name: input.name });
      throw error;
    }
    await auditView(audit, actor, ctx, 'caseload_view.change', view.id, {
      renamed: view.name !== input.name,
      shared: input.shared,
      filtersReplaced: input.filters !== undefined,
    });
    return { id: view.id };
  },
);
