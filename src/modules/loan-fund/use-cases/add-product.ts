import { z } from 'zod';
import { productInput } from '../../../contracts/loan-fund.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { loanFundErrors } from '../errors.js';
import { requireFundCapability } from './fund-access.js';

export const addProductInput = productInput.extend({ fundId: z.uuid() });

export const addProduct = defineUseCase(addProductInput, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = requireActor(ctx);
  const { fund } = await requireFundCapability(trx, actor, input.fundId, 'manage');
  const funds = fundsRepository(trx);
  if (await funds.productNamed(fund.id, input.name))
    throw loanFundErrors.productNameTaken({ name: input.name });
  const id = newId();
  const { fundId: _fundId, ...product } = input;
  const inserted = await funds.insertProduct(
    {
      id,
      fundId: fund.id,
      organizationId: fund.operatorOrganizationId,
      ...product,
      eligiblePurposes: [...new Set(product.eligiblePurposes)],
      active: true,
    },
    now,
  );
  // Another request added the same name between the check and the insert.
  if (!inserted) throw loanFundErrors.productNameTaken({ name: input.name });
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: fund.operatorOrganizationId,
    action: 'loan_product.create',
    resourceType: 'loan_product',
    resourceId: id,
    requestId: ctx.requestId,
    details: { fundId: fund.id },
  });
  return { id };
});
