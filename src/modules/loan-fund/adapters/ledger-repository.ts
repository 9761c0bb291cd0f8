import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { sumOfCents as sumOf, writeJournalEntry } from '../../../core/ledger/journal-writer.js';
import { balancesFromSums } from '../../../core/ledger/ledger.js';
import {
  type AccountBalance,
  type EntryLine,
  fundChart,
  type LedgerAccount,
  type MovementKind,
} from '../domain/ledger.js';
import './tables.js';

export interface NewEntry {
  id: string;
  fundId: string;
  /** The fund's operating organization: every entry and line of its journal carries it. */
  organizationId: string;
  occurredOn: string;
  kind: MovementKind;
  loanId: string | null;
  memo: string;
  reversesEntryId?: string;
  recordedBy: string | null;
  now: Date;
}

const journalTables = { entries: 'loan_journal_entries', lines: 'loan_journal_lines' } as const;

/** The fund's journal: entries are only ever added, and each one balances (checked here and by the database). */
export function ledgerRepository(db: Executor) {
  return {
    post(entry: NewEntry, lines: readonly EntryLine[]): Promise<string> {
      return writeJournalEntry(
        db,
        journalTables,
        {
          ...entry,
          entryColumns: { fund_id: entry.fundId, loan_id: entry.loanId },
          lineColumns: { fund_id: entry.fundId },
        },
        lines,
        (l) => ({ loan_id: l.loanId }),
      );
    },

    async linesOf(entryId: string): Promise<EntryLine[]> {
      const rows = await db
        .selectFrom('loan_journal_lines')
        .select(['account', 'loan_id as loanId', 'debit_cents as debitCents', 'credit_cents as creditCents'])
        .where('entry_id', '=', entryId)
        .orderBy('line_no')
        .execute();
      return rows.map((r) => ({ ...r, account: r.account as LedgerAccount }));
    },

    async balances(fundId: string, asOf: string): Promise<AccountBalance[]> {
      const rows = await db
        .selectFrom('loan_journal_lines')
        .select(['account', sumOf('debit_cents').as('debitCents'), sumOf('credit_cents').as('creditCents')])
        .where('fund_id', '=', fundId)
        .where('occurred_on', '<=', asOf)
        .groupBy('account')
        .execute();
      return balancesFromSums(fundChart, rows);
    },

    /** What the loan's own lines say: principal owed (receivable) and the borrower's credit. */
    async loanBalances(
      loanId: string,
    ): Promise<{ receivableCents: number; creditCents: number; disbursedCents: number }> {
      // The entry's kind is looked up line by line (by its key): a join let the planner scan every
      // entry of the fund for each loan, and loans are read after every movement.
      const row = await db
        .selectFrom('loan_journal_lines as l')
        .select([
          sql<number>`coalesce(sum(l.debit_cents - l.credit_cents) FILTER (WHERE l.account = 'loans_receivable'), 0)::bigint`.as(
            'receivable',
          ),
          sql<number>`coalesce(sum(l.credit_cents - l.debit_cents) FILTER (WHERE l.account = 'borrower_credit'), 0)::bigint`.as(
            'credit',
          ),
          sql<number>`coalesce(sum(l.debit_cents) FILTER (WHERE l.account = 'loans_receivable' AND (SELECT e.kind FROM loan_journal_entries e WHERE e.id = l.entry_id) = 'disbursement'), 0)::bigint`.as(
            'disbursed',
          ),
        ])
        .where('l.loan_id', '=', loanId)
        .executeTakeFirstOrThrow();
      return {
        receivableCents: Number(row.receivable),
        creditCents: Number(row.credit),
        disbursedCents: Number(row.disbursed),
      };
    },

    /** Debits and credits per month and account: month-end balances and the balances on a date, in one scan. */
    async monthlyTotals(fundId: string, asOf: string) {
      const rows = await db
        .selectFrom('loan_journal_lines')
        .select([
          sql<string>`to_char(occurred_on, 'YYYY-MM')`.as('month'),
          'account',
          sumOf('debit_cents').as('debitCents'),
          sumOf('credit_cents').as('creditCents'),
        ])
        .where('fund_id', '=', fundId)
        .where('occurred_on', '<=', asOf)
        .groupBy([sql`to_char(occurred_on, 'YYYY-MM')`, 'account'])
        .orderBy('month')
        .execute();
      return rows.map((r) => ({
        month: r.month,
        account: r.account as LedgerAccount,
        debitCents: Number(r.debitCents),
        creditCents: Number(r.creditCents),
      }));
    },

    async cashOn(fundId: string, asOf: string): Promise<number> {
      const row = await db
        .selectFrom('loan_journal_lines')
        .select(sql<number>`coalesce(sum(debit_cents - credit_cents), 0)::bigint`.as('cash'))
        .where('fund_id', '=', fundId)
        .where('account', '=', 'fund_cash')
        .where('occurred_on', '<=', asOf)
        .executeTakeFirstOrThrow();
      return Number(row.cash);
    },

    /** Journal lines of a period in posting order, for the accountant's export. */
    exportLines(fundId: string, from: string, to: string) {
      return db
        .selectFrom('loan_journal_lines as l')
        .innerJoin('loan_journal_entries as e', 'e.id', 'l.entry_id')
        .leftJoin('loans', 'loans.id', 'e.loan_id')
        .select([
          'e.sequence',
          'e.id as entryId',
          'e.occurred_on as occurredOn',
          'e.kind',
          'e.memo',
          'e.reverses_entry_id as reversesEntryId',
          'loans.reference as loanReference',
          'l.line_no as lineNo',
          'l.account',
          'l.debit_cents as debitCents',
          'l.credit_cents as creditCents',
        ])
        .where('l.fund_id', '=', fundId)
        .where('l.occurred_on', '>=', from)
        .where('l.occurred_on', '<=', to)
        .orderBy('e.occurred_on')
        .orderBy('e.sequence')
        .orderBy('l.line_no')
        .execute();
    },
  };
}
