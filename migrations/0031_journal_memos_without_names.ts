import { type Kysely, sql } from 'kysely';

/**
 * Journal memos used to carry a tranche's payee name and the free-text reason of a reversal or a
 * write-off, so a borrower's name outlived the anonymization of their file in the fund's books. Memos
 * now name no one (the loan's reference and the kind of movement); this rewrites the memos already
 * written, moving each write-off's reason to its loan event, where anonymization can clear it. Amounts,
 * dates and accounts are untouched: the append-only guard is lifted for this statement only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE loan_events AS event
    SET details = event.details || jsonb_build_object('reason', substring(entry.memo FROM ' write-off: (.*)$'))
    FROM loan_journal_entries AS entry
    WHERE event.kind = 'written_off'
      AND entry.loan_id = event.loan_id
      AND entry.kind = 'write_off'
      AND entry.memo LIKE '% write-off: %'
      AND NOT event.details ? 'reason'
  `.execute(db);

  await sql`ALTER TABLE loan_journal_entries DISABLE TRIGGER loan_journal_entries_append_only`.execute(db);
  await sql`
    UPDATE loan_journal_entries
    SET memo = CASE
      WHEN memo ~ ' tranche [0-9]+: ' THEN substring(memo FROM '^(.* tranche [0-9]+): ')
      WHEN memo LIKE '% reversal: %' THEN substring(memo FROM '^(.*) reversal: ') || ' payment reversed'
      WHEN memo LIKE '% write-off: %' THEN substring(memo FROM '^(.*) write-off: ') || ' write-off'
    END
    WHERE memo ~ ' tranche [0-9]+: ' OR memo LIKE '% reversal: %' OR memo LIKE '% write-off: %'
  `.execute(db);
  await sql`ALTER TABLE loan_journal_entries ENABLE TRIGGER loan_journal_entries_append_only`.execute(db);
}
