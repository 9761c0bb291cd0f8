import { z } from 'zod';
import { readStoredFilters } from '../../../contracts/caseload-work.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { viewsRepository } from '../adapters/views-repository.js';
import { viewRoles } from './view-access.js';

/**
 * My saved views and those colleagues share, by name. Each view's filters are read field by field
 * against the caseload's current filters: what no longer fits is dropped, so a stale view still opens.
 */
export const listViews = defineUseCase(z.object({}), async ({ ctx, trx }) => {
  const actor = requireActor(ctx);
  requireRole(actor, viewRoles);
  const views = await viewsRepository(trx).visibleTo(actor.organizationId, actor.userId);
  const names = await accountsApi(trx).displayNames(views.map((v) => v.ownerUserId));
  return {
    items: views.map((view) => ({
      id: view.id,
      name: view.name,
      shared: view.shared,
      mine: view.ownerUserId === actor.userId,
      ownerName: names.get(view.ownerUserId) ?? null,
      filters: readStoredFilters(typeof view.filters === 'string' ? safeJson(view.filters) : view.filters),
      updatedAt: new Date(view.updatedAt).toISOString(),
    })),
  };
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
