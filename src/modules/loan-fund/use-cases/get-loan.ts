import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { visibleLoan } from './fund-access.js';
import { presentLoan } from './present-loan.js';
import { fundTodayOf } from './settle-status.js';

export const getLoan = defineUseCase(
  z.object({ loanId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const { loan, fund, can } = await visibleLoan(trx, actor, input.loanId);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: loan.borrowerOrganizationId,
      action: 'loan.read',
      resourceType: 'loan',
      resourceId: loan.id,
      personId: loan.personId,
      requestId: ctx.requestId,
      details: {},
    });
    return presentLoan(trx, loan, fund, can, await fundTodayOf(trx, fund, now));
  },
);
