import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { capabilitiesIn } from './fund-access.js';
import { organizationNames } from './get-fund.js';

export const listFunds = defineUseCase(z.object({}), async ({ ctx, trx }) => {
  const actor = requireActor(ctx);
  const funds = await fundsRepository(trx).fundsOf(actor.organizationId);
  const names = await organizationNames(
    trx,
    funds.map((f) => f.operatorOrganizationId),
  );
  return {
    items: funds.map((f) => ({
      id: f.id,
      name: f.name,
      currency: f.currency,
      operatorOrganizationId: f.operatorOrganizationId,
      operatorName: names.get(f.operatorOrganizationId) ?? '',
      can: capabilitiesIn(actor, f),
    })),
  };
});
