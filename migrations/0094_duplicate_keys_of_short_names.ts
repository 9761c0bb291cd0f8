import { type Kysely, sql } from 'kysely';
import { readNameVariantEntries } from '../src/modules/people/adapters/name-variants-file.js';
import { duplicateKeysOf, keyedSkeletonsOf } from '../src/modules/people/domain/duplicate-keys.js';
import { personNamesOf } from '../src/modules/people/domain/duplicate-names.js';
import { nameVariantsOf } from '../src/modules/people/domain/name-variants.js';

/**
 * Names that come down to a one-letter skeleton ("Ye", "Yi", "Эж": docs/duplicates.md) now make
 * blocking keys; until now they made none, and such a person met her other file only by e-mail or
 * phone. The files with such a name get all their keys written again here; the others' are unchanged.
 */
const batchSize = 2_000;

export async function up(db: Kysely<unknown>): Promise<void> {
  const variants = nameVariantsOf(readNameVariantEntries());
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await sql<{
      id: string;
      organization_id: string;
      given_name: string;
      family_name: string;
      given_name_original: string | null;
      family_name_original: string | null;
      birth_date: string | null;
      phone: string | null;
      email: string | null;
    }>`
      SELECT people.id::text AS id, people.organization_id::text AS organization_id, given_name,
        family_name, given_name_original, family_name_original, birth_date::text AS birth_date, phone, email
      FROM people
      LEFT JOIN person_privacy ON person_privacy.person_id = people.id
        AND person_privacy.organization_id = people.organization_id
      WHERE people.id > ${after}::uuid AND person_privacy.anonymized_at IS NULL
      ORDER BY people.id LIMIT ${batchSize}
    `.execute(db);
    if (rows.length === 0) break;
    const files = rows.flatMap((row) => {
      const person = {
        givenName: row.given_name,
        familyName: row.family_name,
        givenNameOriginal: row.given_name_original,
        familyNameOriginal: row.family_name_original,
        birthDate: row.birth_date,
        phone: row.phone,
        email: row.email,
      };
      const names = personNamesOf(person, variants);
      const short = [...keyedSkeletonsOf(names.given), ...keyedSkeletonsOf(names.family)].some(
        (skeleton) => skeleton.length === 1,
      );
      return short ? [{ row, keys: duplicateKeysOf(person, names) }] : [];
    });
    if (files.length > 0) {
      // Their keys made whole again: the name alone a file kept when its other name made none goes.
      await sql`
        DELETE FROM person_duplicate_keys WHERE person_id = ANY(${files.map((f) => f.row.id)}::uuid[])
      `.execute(db);
      const keys = files.flatMap((file) => file.keys.map((key) => ({ row: file.row, key })));
      await sql`
        INSERT INTO person_duplicate_keys (organization_id, person_id, key)
        SELECT * FROM unnest(${keys.map((k) => k.row.organization_id)}::uuid[],
          ${keys.map((k) => k.row.id)}::uuid[], ${keys.map((k) => k.key)}::text[])
      `.execute(db);
    }
    after = rows.at(-1)!.id;
  }
}
