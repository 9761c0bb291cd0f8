import { sql } from 'kysely';
import type { Db, Executor } from '../../src/core/db/types.js';

/**
 * What a freshly migrated test database holds, read before any test writes to it: which tables the
 * migrations filled (reference data, the audit chain's head, the migrations' own records), the small
 * ones' rows, the large ones' counts, the sequences, and a fingerprint of the schema.
 */
export interface PristineState {
  emptyTables: string[];
  smallTables: { table: string; rows: unknown[] }[];
  largeTableCounts: { table: string; count: number }[];
  sequences: { name: string; lastValue: number; isCalled: boolean }[];
  schema: string;
}

/** Tables a migration filled with more rows than are worth copying back: checked by their count. */
const smallTableLimit = 200;

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function schemaFingerprint(db: Db): Promise<string> {
  const { rows } = await sql<{ fingerprint: string }>`
    SELECT md5(string_agg(x, ',' ORDER BY x)) AS fingerprint FROM (
      SELECT c.relname || '.' || a.attname || ':' || a.atttypid::text || ':' || a.attnotnull::text
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE n.nspname = 'public'
      UNION ALL
      SELECT c.relname || ':' || c.relkind::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public'
      UNION ALL
      SELECT c.relname || '#' || t.tgname || ':' || t.tgenabled::text FROM pg_trigger t
      JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND NOT t.tgisinternal
      UNION ALL
      SELECT p.proname || '(' || md5(p.prosrc) || ')' FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public'
    ) AS parts (x)`.execute(db);
  return rows[0]?.fingerprint ?? '';
}

async function countOf(db: Db, table: string): Promise<number> {
  const { rows } = await sql<{
    count: number;
  }>`SELECT count(*)::int AS count FROM ${sql.raw(quoted(table))}`.execute(db);
  return rows[0]?.count ?? 0;
}

async function sequencesOf(db: Db): Promise<PristineState['sequences']> {
  const { rows } = await sql<{ name: string; lastValue: number; isCalled: boolean }>`
    SELECT sequencename AS name, coalesce(last_value, start_value)::bigint AS "lastValue",
           (last_value IS NOT NULL) AS "isCalled"
    FROM pg_sequences WHERE schemaname = 'public'`.execute(db);
  return rows.map((r) => ({ ...r, lastValue: Number(r.lastValue) }));
}

export async function pristineStateOf(db: Db): Promise<PristineState> {
  const { rows: tables } = await sql<{ name: string }>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`.execute(db);
  const state: PristineState = {
    emptyTables: [],
    smallTables: [],
    largeTableCounts: [],
    sequences: await sequencesOf(db),
    schema: await schemaFingerprint(db),
  };
  for (const { name } of tables) {
    const count = await countOf(db, name);
    if (count === 0) state.emptyTables.push(name);
    else if (count <= smallTableLimit) {
      const { rows } = await sql`SELECT * FROM ${sql.raw(quoted(name))}`.execute(db);
      state.smallTables.push({ table: name, rows });
    } else state.largeTableCounts.push({ table: name, count });
  }
  return state;
}

/**
 * The tables among `tables` that hold or held rows: a table nobody wrote to has no data file pages, and
 * TRUNCATE costs as much on an empty table as on a full one (new files for it and each of its indexes),
 * so truncating the 150 tables a file never touched took most of each reset.
 */
async function tablesWrittenTo(db: Executor, tables: string[]): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND pg_relation_size(c.oid) > 0`.execute(
    db,
  );
  const wanted = new Set(tables);
  return rows.map((row) => row.name).filter((name) => wanted.has(name));
}

/**
 * Brings a database a test file has finished with back to its pristine state, so that the next file of
 * the same worker starts from it as from a fresh copy (loading a PGlite copy, or cloning a server
 * database, costs a second or more per file). Returns false — and the caller throws the database away —
 * when the file changed what this cannot put back: the schema (a trigger left disabled, a table
 * altered) or the large reference tables.
 */
export async function resetToPristine(db: Db, pristine: PristineState): Promise<boolean> {
  try {
    if ((await schemaFingerprint(db)) !== pristine.schema) return false;
    for (const { table, count } of pristine.largeTableCounts)
      if ((await countOf(db, table)) !== count) return false;
    const written = await tablesWrittenTo(db, pristine.emptyTables);
    await db.transaction().execute(async (trx) => {
      // The append-only tables refuse DELETE and TRUNCATE through their triggers: ordinary triggers do not fire
      // for a replica's session.
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      // DELETE, not TRUNCATE: a table others reference (organizations, people) can only be truncated
      // with every table that references it, which is nearly all of them.
      for (const table of written) await sql`DELETE FROM ${sql.raw(quoted(table))}`.execute(trx);
      for (const { table, rows } of pristine.smallTables) {
        await sql`DELETE FROM ${sql.raw(quoted(table))}`.execute(trx);
        await sql`
          INSERT INTO ${sql.raw(quoted(table))}
          SELECT * FROM json_populate_recordset(NULL::${sql.raw(quoted(table))}, ${JSON.stringify(rows)}::json)`.execute(
          trx,
        );
      }
      for (const { name, lastValue, isCalled } of pristine.sequences)
        await sql`SELECT setval(${quoted(name)}::regclass, ${lastValue}, ${isCalled})`.execute(trx);
    });
    // Gives the deleted rows' pages back, so that the table is again one nobody wrote to (and a worker's
    // hundredth file does not scan the dead rows of the ninety-nine before it).
    if (written.length > 0) await sql.raw(`VACUUM ${written.map(quoted).join(', ')}`).execute(db);
    return true;
  } catch {
    return false;
  }
}
