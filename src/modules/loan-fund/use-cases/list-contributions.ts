import { z } from 'zod';
import { pageQuery } from '../../../contracts/define.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { loanFundErrors } from '../errors.js';
import { requireFundCapability } from './fund-access.js';

export const listContributions = defineUseCase(
  pageQuery.extend({ fundId: z.uuid() }),
  async ({ input, ctx, trx }) => {
    const actor = requireActor(ctx);
    const { fund, can } = await requireFundCapability(trx, actor, input.fundId, 'figures');
    if (!can.service && !can.manage && !can.figures) throw loanFundErrors.notAllowed();
    const { items, total } = await fundsRepository(trx).contributionsPage(
      fund.id,
      input.page,
      input.pageSize,
    );
    return { items, page: input.page, pageSize: input.pageSize, total };
  },
);
