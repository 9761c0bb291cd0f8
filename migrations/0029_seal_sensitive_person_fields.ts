import { type Kysely, type RawBuilder, sql } from 'kysely';
import { developmentEncryptionKeys } from '../src/core/config.js';
import { parseKeyRingSpec } from '../src/core/crypto/key-ring.js';
import { sealJson } from '../src/core/crypto/sealed-json.js';

/**
 * A person's immigration status and its dates, the category and note of their barriers (health among
 * them), and the eligibility evaluation kept with each enrolment (which repeats the status and the
 * asylum date it observed) were stored in clear: seal them with the key ring of ENCRYPTION_KEYS (ADR 8
 * and 10), each bound to its row, then drop the clear columns. Like 0018, the migration runs in the
 * process that has just loaded and checked the configuration, so the keys are those the server uses.
 *
 * The contexts and block sizes are also written by the people and programs modules
 * (`people/adapters/sealed-fields.ts`, `programs/use-cases/eligibility-snapshot.ts`): keep them the same.
 * Rows of people whose processing is restricted are sealed too (the privacy guard is lifted for this
 * transaction only): encrypting them changes nothing they could see.
 */
const batchSize = 500;

export async function up(db: Kysely<unknown>): Promise<void> {
  const keyRing = parseKeyRingSpec(process.env.ENCRYPTION_KEYS || developmentEncryptionKeys);
  await sql`SELECT set_config('passerelle.privacy_override', 'on', true)`.execute(db);

  await sql`ALTER TABLE people ADD COLUMN sealed_status text`.execute(db);
  await forEachBatch<{
    id: string;
    immigration_status: string | null;
    status_date: string | null;
    asylum_application_date: string | null;
  }>(
    db,
    (after) => sql`
      SELECT id::text AS id, immigration_status, status_date::text AS status_date,
             asylum_application_date::text AS asylum_application_date
      FROM people
      WHERE id > ${after}::uuid
        AND (immigration_status IS NOT NULL OR status_date IS NOT NULL OR asylum_application_date IS NOT NULL)
      ORDER BY id LIMIT ${batchSize}`,
    async (row) => {
      const sealed = sealJson(
        keyRing,
        {
          immigrationStatus: row.immigration_status,
          statusDate: row.status_date,
          asylumApplicationDate: row.asylum_application_date,
        },
        `person-status:${row.id}`,
        128,
      );
      await sql`UPDATE people SET sealed_status = ${sealed} WHERE id = ${row.id}::uuid`.execute(db);
    },
  );
  await sql`
    ALTER TABLE people
      DROP COLUMN immigration_status,
      DROP COLUMN status_date,
      DROP COLUMN asylum_application_date
  `.execute(db);

  await sql`ALTER TABLE person_barriers ADD COLUMN sealed_detail text`.execute(db);
  await forEachBatch<{ id: string; category: string; note: string | null }>(
    db,
    (after) => sql`
      SELECT id::text AS id, category, note FROM person_barriers
      WHERE id > ${after}::uuid ORDER BY id LIMIT ${batchSize}`,
    async (row) => {
      const sealed = sealJson(
        keyRing,
        { category: row.category, note: row.note },
        `person-barrier:${row.id}`,
        256,
      );
      await sql`UPDATE person_barriers SET sealed_detail = ${sealed} WHERE id = ${row.id}::uuid`.execute(db);
    },
  );
  await sql`
    ALTER TABLE person_barriers
      ALTER COLUMN sealed_detail SET NOT NULL,
      DROP COLUMN category,
      DROP COLUMN note
  `.execute(db);

  await forEachBatch<{ id: string; snapshot: string }>(
    db,
    (after) => sql`
      SELECT id::text AS id, eligibility_snapshot::text AS snapshot FROM enrolments
      WHERE id > ${after}::uuid AND eligibility_snapshot ->> 'sealed' IS NULL
      ORDER BY id LIMIT ${batchSize}`,
    async (row) => {
      const sealed = sealJson(keyRing, JSON.parse(row.snapshot), `enrolment-eligibility:${row.id}`, 512);
      await sql`
        UPDATE enrolments SET eligibility_snapshot = ${JSON.stringify({ sealed })}::jsonb WHERE id = ${row.id}::uuid
      `.execute(db);
    },
  );
}

/** Walks the rows a query selects, by id, one batch in memory at a time. */
async function forEachBatch<R extends { id: string }>(
  db: Kysely<unknown>,
  query: (afterId: string) => RawBuilder<R>,
  each: (row: R) => Promise<void>,
): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await query(after).execute(db);
    for (const row of rows) await each(row);
    if (rows.length < batchSize) return;
    after = rows.at(-1)!.id;
  }
}
