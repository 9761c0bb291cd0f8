import { type Kysely, sql } from 'kysely';

/**
 * The loan fund's calendar: the day its books start (entries are never dated before it, nor before
 * 1900) and the day they are closed through (a committee member closes a period, e.g. a month end;
 * nothing may then be dated on or before it). The use cases refuse such dates with a clear error; the
 * trigger keeps the journal right even if a future code path forgot to ask.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE loan_funds ADD COLUMN started_on date CHECK (started_on >= DATE '1900-01-01')`.execute(
    db,
  );
  await sql`ALTER TABLE loan_funds ADD COLUMN closed_through date`.execute(db);
  await sql`
    CREATE FUNCTION loan_journal_refuse_closed_period() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      closed date;
    BEGIN
      SELECT closed_through INTO closed FROM loan_funds WHERE id = NEW.fund_id;
      IF NEW.occurred_on < DATE '1900-01-01' OR (closed IS NOT NULL AND NEW.occurred_on <= closed) THEN
        RAISE EXCEPTION 'journal entry % is dated % in a closed period of fund %', NEW.id, NEW.occurred_on, NEW.fund_id;
      END IF;
      RETURN NEW;
    END $$
  `.execute(db);
  await sql`
    CREATE TRIGGER loan_journal_entries_open_period BEFORE INSERT ON loan_journal_entries
    FOR EACH ROW EXECUTE FUNCTION loan_journal_refuse_closed_period()
  `.execute(db);
}
