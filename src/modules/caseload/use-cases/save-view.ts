import { caseloadViewBody } from '../../../contracts/caseload-work.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { isUniqueViolation } from '../../../core/db/unique-violation.js';
import { defineUseCase } from '../../../core/use-case.js';
import { viewsRepository } from '../adapters/views-repository.js';
import { caseloadErrors } from '../errors.js';
import { auditView, viewRoles } from './view-access.js';

/** Saves the caseload's current filters and order under a name, personal or shared with the organization. */
export const saveView = defineUseCase(caseloadViewBody, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, viewRoles);
  const repo = viewsRepository(trx);
  if (await repo.nameTaken(actor.organizationId, actor.userId, input.name))
    throw caseloadErrors.viewNameTaken({ name: input.name });
  const id = newId();
  try {
    await repo.insert({
      id,
      organizationId: actor.organizationId,
      ownerUserId: actor.userId,
      name: input.name,
      shared: input.shared,
      filters: input.filters,
      now,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw caseloadErrors.viewNameTaken({ name: input.name });
    throw error;
  }
  await auditView(audit, actor, ctx, 'caseload_view.save', id, {
    shared: input.shared,
    filters: Object.keys(input.filters),
  });
  return { id };
});
