import type { Executor } from '../../../core/db/types.js';
import { sumOfCents as sumOf, writeJournalEntry } from '../../../core/ledger/journal-writer.js';
import { type AccountBalance, balancesFromSums } from '../../../core/ledger/ledger.js';
import { type AidAccount, type AidEntryKind, type AidLine, aidChart } from '../domain/aid-ledger.js';
import './tables.js';

export interface NewAidEntry {
  id: string;
  organizationId: string;
  budgetId: string;
  occurredOn: string;
  kind: AidEntryKind;
  requestId: string | null;
  memo: string;
  reversesEntryId?: string;
  recordedBy: string | null;
  now: Date;
}

const journalTables = { entries: 'aid_journal_entries', lines: 'aid_journal_lines' } as const;

const budgetColumns = ['id', 'organization_id as organizationId', 'program_id as programId', 'year'] as const;

/**
 * A program's budget of a year, its allocations and its double-entry journal: rows of the program's
 * owner, every read and write keyed by that organization as well as the id (ADR 12).
 */
export function budgetRepository(db: Executor) {
  return {
    async budget(organizationId: string, budgetId: string, lock = false) {
      let q = db
        .selectFrom('aid_budgets')
        .select(budgetColumns)
        .where('organization_id', '=', organizationId)
        .where('id', '=', budgetId);
      if (lock) q = q.forUpdate();
      return q.executeTakeFirst();
    },
    async budgetOfYear(organizationId: string, programId: string, year: number, lock = false) {
      let q = db
        .selectFrom('aid_budgets')
        .select(budgetColumns)
        .where('organization_id', '=', organizationId)
        .where('program_id', '=', programId)
        .where('year', '=', year);
      if (lock) q = q.forUpdate();
      return q.executeTakeFirst();
    },
    async insertBudget(row: {
      id: string;
      organizationId: string;
      programId: string;
      year: number;
      createdBy: string | null;
      now: Date;
    }) {
      await db
        .insertInto('aid_budgets')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          program_id: row.programId,
          year: row.year,
          created_by: row.createdBy,
          created_at: row.now,
        })
        .onConflict((oc) => oc.columns(['program_id', 'year', 'organization_id']).doNothing())
        .execute();
    },
    post(entry: NewAidEntry, lines: readonly AidLine[]): Promise<string> {
      return writeJournalEntry(
        db,
        journalTables,
        {
          ...entry,
          entryColumns: { budget_id: entry.budgetId, request_id: entry.requestId },
          lineColumns: { budget_id: entry.budgetId },
        },
        lines,
        (l) => ({ request_id: l.requestId }),
      );
    },
    async linesOf(organizationId: string, entryId: string): Promise<AidLine[]> {
      const rows = await db
        .selectFrom('aid_journal_lines')
        .select([
          'account',
          'request_id as requestId',
          'debit_cents as debitCents',
          'credit_cents as creditCents',
        ])
        .where('organization_id', '=', organizationId)
        .where('entry_id', '=', entryId)
        .orderBy('line_no')
        .execute();
      return rows.map((r) => ({
        ...r,
        debitCents: Number(r.debitCents),
        creditCents: Number(r.creditCents),
      }));
    },
    async balances(organizationId: string, budgetId: string): Promise<AccountBalance<AidAccount>[]> {
      const rows = await db
        .selectFrom('aid_journal_lines')
        .select(['account', sumOf('debit_cents').as('debitCents'), sumOf('credit_cents').as('creditCents')])
        .where('organization_id', '=', organizationId)
        .where('budget_id', '=', budgetId)
        .groupBy('account')
        .execute();
      return balancesFromSums(aidChart, rows);
    },
    async journal(organizationId: string, budgetId: string) {
      const rows = await db
        .selectFrom('aid_journal_lines as l')
        .innerJoin('aid_journal_entries as e', (j) =>
          j.onRef('e.id', '=', 'l.entry_id').onRef('e.organization_id', '=', 'l.organization_id'),
        )
        .select([
          'e.id as entryId',
          'e.sequence',
          'e.occurred_on as occurredOn',
          'e.kind',
          'e.memo',
          'e.request_id as requestId',
          'e.reverses_entry_id as reversesEntryId',
          'l.line_no as lineNo',
          'l.account',
          'l.debit_cents as debitCents',
          'l.credit_cents as creditCents',
        ])
        .where('l.organization_id', '=', organizationId)
        .where('l.budget_id', '=', budgetId)
        .orderBy('e.occurred_on')
        .orderBy('e.sequence')
        .orderBy('l.line_no')
        .execute();
      return rows.map((r) => ({
        ...r,
        sequence: Number(r.sequence),
        debitCents: Number(r.debitCents),
        creditCents: Number(r.creditCents),
      }));
    },
    /** Amount reversed on a budget (sum of reversal entries' cash debits). */
    async reversedCents(organizationId: string, budgetId: string) {
      const row = await db
        .selectFrom('aid_journal_lines as l')
        .innerJoin('aid_journal_entries as e', (j) =>
          j.onRef('e.id', '=', 'l.entry_id').onRef('e.organization_id', '=', 'l.organization_id'),
        )
        .select(sumOf('l.debit_cents').as('cents'))
        .where('l.organization_id', '=', organizationId)
        .where('l.budget_id', '=', budgetId)
        .where('e.kind', '=', 'payment_reversal')
        .where('l.account', '=', 'budget_cash')
        .executeTakeFirstOrThrow();
      return Number(row.cents);
    },
    async insertAllocation(row: {
      id: string;
      organizationId: string;
      budgetId: string;
      funder: string;
      amountCents: number;
      allocatedOn: string;
      entryId: string;
      recordedBy: string | null;
      now: Date;
    }) {
      await db
        .insertInto('aid_allocations')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          budget_id: row.budgetId,
          funder: row.funder,
          amount_cents: row.amountCents,
          allocated_on: row.allocatedOn,
          entry_id: row.entryId,
          recorded_by: row.recordedBy,
          recorded_at: row.now,
        })
        .execute();
    },
    async allocationsOf(organizationId: string, budgetId: string) {
      const rows = await db
        .selectFrom('aid_allocations')
        .select([
          'id',
          'funder',
          'amount_cents as amountCents',
          'allocated_on as allocatedOn',
          'entry_id as entryId',
        ])
        .where('organization_id', '=', organizationId)
        .where('budget_id', '=', budgetId)
        .orderBy('allocated_on')
        .orderBy('recorded_at')
        .execute();
      return rows.map((r) => ({ ...r, amountCents: Number(r.amountCents) }));
    },
  };
}
