import { sql } from 'kysely';
import type { Database, Executor } from '../db/types.js';
import { assertBalanced, type LedgerLine } from './ledger.js';

/**
 * A module's journal is two tables of its own: entries and their lines, each row carrying the owning
 * organization (ADR 12) and the day, plus the module's own columns (a fund and a loan, a budget and a
 * request…). What every journal shares is written here once: the entry balances before anything is
 * written, its lines are numbered in order, and the module's columns are copied where they belong.
 */
export interface JournalTables {
  entries: keyof Database & string;
  lines: keyof Database & string;
}

export interface JournalEntry {
  id: string;
  organizationId: string;
  occurredOn: string;
  kind: string;
  memo: string;
  reversesEntryId?: string;
  recordedBy: string | null;
  now: Date;
  /** The module's columns of the entry row (its fund or budget, and the loan or request it concerns). */
  entryColumns: Record<string, string | null>;
  /** The module's columns every line repeats, so that balances are read without a join. */
  lineColumns: Record<string, string | null>;
}

export async function writeJournalEntry<L extends LedgerLine>(
  db: Executor,
  tables: JournalTables,
  entry: JournalEntry,
  lines: readonly L[],
  columnsOfLine: (line: L) => Record<string, string | null>,
): Promise<string> {
  assertBalanced(lines);
  const entryRow = {
    id: entry.id,
    organization_id: entry.organizationId,
    occurred_on: entry.occurredOn,
    kind: entry.kind,
    memo: entry.memo,
    reverses_entry_id: entry.reversesEntryId ?? null,
    recorded_by: entry.recordedBy,
    recorded_at: entry.now,
    ...entry.entryColumns,
  };
  // The table is chosen by the module, so Kysely cannot type its columns here; each module's own
  // repository test writes and reads back an entry of its journal.
  await db
    .insertInto(tables.entries)
    .values(entryRow as never)
    .execute();
  const lineRows = lines.map((l, i) => ({
    entry_id: entry.id,
    line_no: i + 1,
    organization_id: entry.organizationId,
    occurred_on: entry.occurredOn,
    account: l.account,
    debit_cents: l.debitCents,
    credit_cents: l.creditCents,
    ...entry.lineColumns,
    ...columnsOfLine(l),
  }));
  await db
    .insertInto(tables.lines)
    .values(lineRows as never)
    .execute();
  return entry.id;
}

/** sum(bigint) is numeric in PostgreSQL; cast back so both engines hand us a number. */
export const sumOfCents = (column: string) => sql<number>`coalesce(sum(${sql.ref(column)}), 0)::bigint`;
