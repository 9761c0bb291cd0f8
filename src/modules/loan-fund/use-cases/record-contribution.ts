import { z } from 'zod';
import { contributionInput } from '../../../contracts/loan-fund.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { ledgerRepository } from '../adapters/ledger-repository.js';
import { contributionEntry } from '../domain/ledger.js';
import { requireEntryDate } from './entry-date.js';
import { requireFundCapability } from './fund-access.js';
import { fundTodayOf } from './settle-status.js';

export const recordContributionInput = contributionInput.extend({ fundId: z.uuid() });

/** Capital in: cash up, against contributed capital (grants, donations) or a debt of the fund (loans to it). */
export const recordContribution = defineUseCase(
  recordContributionInput,
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    const { fund } = await requireFundCapability(trx, actor, input.fundId, 'manage', true);
    await requireEntryDate(trx, {
      fundId: fund.id,
      date: input.receivedOn,
      today: await fundTodayOf(trx, fund, now),
      facts: { kind: 'contribution' },
      fundLock: 'held',
    });
    const id = newId();
    const journalEntryId = await ledgerRepository(trx).post(
      {
        id: newId(),
        fundId: fund.id,
        organizationId: fund.operatorOrganizationId,
        occurredOn: input.receivedOn,
        kind: 'contribution',
        loanId: null,
        memo: `${input.kind}: ${input.contributor}`,
        recordedBy: actor.userId,
        now,
      },
      contributionEntry(input.kind, input.amountCents),
    );
    await fundsRepository(trx).insertContribution({
      id,
      fundId: fund.id,
      organizationId: fund.operatorOrganizationId,
      kind: input.kind,
      contributor: input.contributor,
      amountCents: input.amountCents,
      receivedOn: input.receivedOn,
      note: input.note ?? null,
      journalEntryId,
      recordedBy: actor.userId,
      now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: fund.operatorOrganizationId,
      action: 'loan_fund.contribution',
      resourceType: 'loan_contribution',
      resourceId: id,
      requestId: ctx.requestId,
      details: { fundId: fund.id, kind: input.kind },
    });
    return { id, journalEntryId };
  },
);
