import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { ledgerRepository } from '../adapters/ledger-repository.js';
import { ledgerCsv } from '../domain/ledger-csv.js';
import { requireFundCapability } from './fund-access.js';
import { fundTodayOf } from './settle-status.js';

/** The journal of a period for the accountant. Loan references only: no borrower names leave in the file. */
export const exportLedger = defineUseCase(
  z.object({ fundId: z.uuid(), from: z.iso.date().optional(), to: z.iso.date().optional() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const { fund } = await requireFundCapability(trx, actor, input.fundId, 'service');
    const from = input.from ?? '0001-01-01';
    const to = input.to ?? (await fundTodayOf(trx, fund, now));
    const lines = await ledgerRepository(trx).exportLines(fund.id, from, to);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: fund.operatorOrganizationId,
      action: 'loan_fund.ledger_export',
      resourceType: 'loan_fund',
      resourceId: fund.id,
      requestId: ctx.requestId,
      details: { lines: lines.length },
    });
    const filename = `ledger-${fund.name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-${from === '0001-01-01' ? 'start' : from}-${to}.csv`;
    return { filename, csv: ledgerCsv(fund.currency, lines) };
  },
);
