import { z } from 'zod';
import type { fundDetail } from '../../../contracts/loan-fund.js';
import type { Actor } from '../../../core/auth/actor.js';
import { requireActor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { type FundRecord, fundsRepository } from '../adapters/funds-repository.js';
import { capabilitiesIn, visibleFund } from './fund-access.js';

type FundDetail = z.infer<typeof fundDetail>;

export async function organizationNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const found = await organizationsApi(db).listOrganizations([...new Set(ids)]);
  return new Map(found.map((o) => [o.id, o.name]));
}

export async function presentFund(db: Executor, actor: Actor, fund: FundRecord): Promise<FundDetail> {
  const [names, products] = await Promise.all([
    organizationNames(db, [fund.operatorOrganizationId, ...fund.participatingOrganizationIds]),
    fundsRepository(db).productsOf(fund.id),
  ]);
  return {
    id: fund.id,
    name: fund.name,
    currency: fund.currency,
    description: fund.description,
    startedOn: fund.startedOn,
    closedThrough: fund.closedThrough,
    operatorOrganizationId: fund.operatorOrganizationId,
    operatorName: names.get(fund.operatorOrganizationId) ?? '',
    participatingOrganizations: fund.participatingOrganizationIds.map((id) => ({
      id,
      name: names.get(id) ?? '',
    })),
    products: products.map(({ fundId: _fundId, ...p }) => ({
      ...p,
      eligiblePurposes: p.eligiblePurposes as FundDetail['products'][number]['eligiblePurposes'],
    })),
    can: capabilitiesIn(actor, fund),
  };
}

export const getFund = defineUseCase(z.object({ fundId: z.uuid() }), async ({ input, ctx, trx }) => {
  const actor = requireActor(ctx);
  const { fund } = await visibleFund(trx, actor, input.fundId);
  return presentFund(trx, actor, fund);
});
