import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { duplicateRunsRepository } from '../adapters/duplicate-runs-repository.js';
import { duplicateRunRoles, presentRuns } from './duplicate-run-view.js';

const runsShown = 20;

/**
 * The consortia the actor's organization coordinates, and their batch runs latest first, with progress
 * and figures by pair of members: the coordination sees figures, never a file (docs/duplicates.md).
 */
export const listDuplicateRuns = defineUseCase(z.object({}), async ({ ctx, trx }) => {
  const actor = requireActor(ctx);
  requireRole(actor, duplicateRunRoles);
  const consortia = [];
  for (const id of actor.coordinatedConsortiumIds) {
    const consortium = await organizationsApi(trx).findConsortium(id);
    if (consortium) consortia.push({ id: consortium.id, name: consortium.name });
  }
  const runs = await duplicateRunsRepository(trx).ofConsortia(actor.coordinatedConsortiumIds, runsShown);
  return {
    consortia: consortia.sort((a, b) => a.name.localeCompare(b.name)),
    runs: await presentRuns(trx, runs),
  };
});
