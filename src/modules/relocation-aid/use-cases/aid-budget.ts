import { z } from 'zod';
import { aidAllocationBody, aidBudgetQuery } from '../../../contracts/relocation-aid.js';
import { requireActor } from '../../../core/auth/actor.js';
import { naturalBalance } from '../../../core/ledger/ledger.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { programForFigures } from '../../programs/api.js';
import { aidRepository } from '../adapters/aid-repository.js';
import { aidChart, allocationEntry, budgetPosition } from '../domain/aid-ledger.js';
import { aidErrors } from '../errors.js';
import { aidAdminRoles, aidBudgetRoles, programSteered } from './aid-access.js';

/**
 * An allocation of a funder to the program's budget of a year (opened by its first allocation), on a
 * day of that year not after today: cash in against the funds allocated, one balanced entry.
 */
export const recordAidAllocation = defineUseCase(
  aidAllocationBody.extend({ programId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    let organizationId: string;
    let actorUserId: string | null = null;
    if (ctx.system) {
      const program = await programForFigures(trx, null, input.programId);
      if (!program) throw aidErrors.programNotFound();
      organizationId = program.organizationId;
    } else {
      const actor = requireActor(ctx);
      const program = await programSteered(trx, actor, input.programId, aidAdminRoles);
      organizationId = program.organizationId;
      actorUserId = actor.userId;
      const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
      if (input.allocatedOn > today)
        throw aidErrors.dayOutOfRange(undefined, [{ path: 'body.allocatedOn', code: 'after_today' }]);
    }
    if (Number(input.allocatedOn.slice(0, 4)) !== input.year)
      throw aidErrors.dayOutOfRange(undefined, [{ path: 'body.allocatedOn', code: 'not_in_year' }]);
    const repo = aidRepository(trx);
    await repo.insertBudget({
      id: newId(),
      organizationId,
      programId: input.programId,
      year: input.year,
      createdBy: actorUserId,
      now,
    });
    const budget = await repo.budgetOfYear(organizationId, input.programId, input.year, true);
    if (!budget) throw aidErrors.budgetNotFound();
    const entryId = newId();
    await repo.post(
      {
        id: entryId,
        organizationId: budget.organizationId,
        budgetId: budget.id,
        occurredOn: input.allocatedOn,
        kind: 'allocation',
        requestId: null,
        memo: `Allocation: ${input.funder}`.slice(0, 500),
        recordedBy: actorUserId,
        now,
      },
      allocationEntry(input.amountCents),
    );
    const allocationId = newId();
    await repo.insertAllocation({
      id: allocationId,
      organizationId: budget.organizationId,
      budgetId: budget.id,
      funder: input.funder,
      amountCents: input.amountCents,
      allocatedOn: input.allocatedOn,
      entryId,
      recordedBy: actorUserId,
      now,
    });
    await audit.record({
      actorUserId,
      organizationId: ctx.system ? null : organizationId,
      subjectOrganizationId: organizationId,
      action: 'relocation_aid.allocation_record',
      resourceType: 'aid_budget',
      resourceId: budget.id,
      requestId: ctx.requestId,
      details: { year: input.year },
    });
    return { budgetId: budget.id, allocationId };
  },
);

/** The budget's figures from its journal: every one a sum of journal lines. */
export async function budgetFigures(
  db: Parameters<typeof aidRepository>[0],
  budget: { id: string; organizationId: string },
) {
  const balances = await aidRepository(db).balances(budget.organizationId, budget.id);
  const position = budgetPosition((account) =>
    naturalBalance(aidChart, balances.find((b) => b.account === account)!),
  );
  return { balances, position };
}

/** The program's budget of a year: position, balances, allocations and the journal entry by entry. */
export const readAidBudget = defineUseCase(
  aidBudgetQuery.extend({ programId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    const program = await programSteered(trx, actor, input.programId, aidBudgetRoles);
    const repo = aidRepository(trx);
    const budget = await repo.budgetOfYear(program.organizationId, program.id, input.year);
    if (!budget) throw aidErrors.budgetNotFound();
    const { balances, position } = await budgetFigures(trx, budget);
    const lines = await repo.journal(budget.organizationId, budget.id);
    const entries = new Map<
      string,
      (typeof lines)[number] & {
        lines: { account: (typeof lines)[number]['account']; debitCents: number; creditCents: number }[];
      }
    >();
    for (const l of lines) {
      const entry = entries.get(l.entryId) ?? { ...l, lines: [] };
      entry.lines.push({ account: l.account, debitCents: l.debitCents, creditCents: l.creditCents });
      entries.set(l.entryId, entry);
    }
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: budget.organizationId,
      action: 'relocation_aid.budget_read',
      resourceType: 'aid_budget',
      resourceId: budget.id,
      requestId: ctx.requestId,
    });
    return {
      id: budget.id,
      programId: program.id,
      year: budget.year,
      position,
      balances: balances.map((b) => ({ ...b, balanceCents: naturalBalance(aidChart, b) })),
      allocations: (await repo.allocationsOf(budget.organizationId, budget.id)).map(
        ({ entryId: _, ...a }) => a,
      ),
      journal: [...entries.values()].map((e) => ({
        entryId: e.entryId,
        sequence: e.sequence,
        occurredOn: e.occurredOn,
        kind: e.kind,
        memo: e.memo,
        requestId: e.requestId,
        reversesEntryId: e.reversesEntryId,
        lines: e.lines,
      })),
    };
  },
);
