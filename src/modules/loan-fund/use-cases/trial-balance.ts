import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { ledgerRepository } from '../adapters/ledger-repository.js';
import { naturalBalance } from '../domain/ledger.js';
import { requireFundCapability } from './fund-access.js';
import { fundTodayOf } from './settle-status.js';

export const getTrialBalance = defineUseCase(
  z.object({ fundId: z.uuid(), asOf: z.iso.date().optional() }),
  async ({ input, ctx, trx, now }) => {
    const actor = requireActor(ctx);
    const { fund } = await requireFundCapability(trx, actor, input.fundId, 'service');
    const asOf = input.asOf ?? (await fundTodayOf(trx, fund, now));
    const balances = await ledgerRepository(trx).balances(fund.id, asOf);
    return {
      asOf,
      currency: fund.currency,
      accounts: balances.map((b) => ({ ...b, balanceCents: naturalBalance(b) })),
      totalDebitCents: balances.reduce((sum, b) => sum + b.debitCents, 0),
      totalCreditCents: balances.reduce((sum, b) => sum + b.creditCents, 0),
    };
  },
);
