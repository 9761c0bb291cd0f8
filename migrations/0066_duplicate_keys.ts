import { type Kysely, sql } from 'kysely';
import { readNameVariantEntries } from '../src/modules/people/adapters/name-variants-file.js';
import { duplicateKeysOf } from '../src/modules/people/domain/duplicate-keys.js';
import { personNamesOf } from '../src/modules/people/domain/duplicate-names.js';
import { nameVariantsOf } from '../src/modules/people/domain/name-variants.js';

/**
 * Duplicate detection (people module, docs/duplicates.md):
 * - `person_duplicate_keys`: each file's blocking keys (`people/domain/duplicate-keys.ts`: e-mail, phone,
 *   name skeletons in every script, birth date), so that a new person is compared with the few files
 *   sharing one, in the organization or across its consortium, among a million. Keys are derived from
 *   the file and written with it; `COLLATE "C"` so that a key's prefix is a range of the index (a probe
 *   that knows one name only). Existing files get theirs here.
 * - `duplicate_decisions`: what a person decided about two files — `different` (never proposed again),
 *   or `same` across organizations (a link: both files stay, counted once). `other_person_id` may be a
 *   file of another member organization: no foreign key (ADR 12), and never shown to the decider.
 */
const batchSize = 1_000;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE person_duplicate_keys (
      organization_id uuid NOT NULL,
      person_id uuid NOT NULL,
      key text COLLATE "C" NOT NULL CHECK (length(key) <= 400),
      PRIMARY KEY (person_id, organization_id, key),
      FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id)
    )
  `.execute(db);
  await sql`
    CREATE INDEX person_duplicate_keys_by_key ON person_duplicate_keys (key, organization_id) INCLUDE (person_id)
  `.execute(db);
  await sql`CREATE INDEX person_duplicate_keys_organization ON person_duplicate_keys (organization_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE duplicate_decisions (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL,
      other_organization_id uuid NOT NULL REFERENCES organizations (id),
      other_person_id uuid NOT NULL,
      decision text NOT NULL CHECK (decision IN ('different', 'same')),
      decided_by uuid NOT NULL REFERENCES users (id),
      decided_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id),
      CHECK (decision = 'different' OR other_organization_id <> organization_id),
      CHECK (person_id <> other_person_id),
      UNIQUE (organization_id, person_id, other_person_id)
    )
  `.execute(db);
  await sql`
    CREATE INDEX duplicate_decisions_other ON duplicate_decisions (other_person_id, other_organization_id)
  `.execute(db);

  // Keys of the files already there (anonymized ones have no names left to find, restricted ones are
  // skipped by every read: both get theirs like the others, the reads filter).
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
      SELECT id::text AS id, organization_id::text AS organization_id, given_name, family_name,
        given_name_original, family_name_original, birth_date::text AS birth_date, phone, email
      FROM people WHERE id > ${after}::uuid ORDER BY id LIMIT ${batchSize}
    `.execute(db);
    if (rows.length === 0) break;
    const keys = rows.flatMap((row) => {
      const person = {
        givenName: row.given_name,
        familyName: row.family_name,
        givenNameOriginal: row.given_name_original,
        familyNameOriginal: row.family_name_original,
        birthDate: row.birth_date,
        phone: row.phone,
        email: row.email,
      };
      return duplicateKeysOf(person, personNamesOf(person, variants)).map((key) => ({ row, key }));
    });
    if (keys.length > 0)
      await sql`
        INSERT INTO person_duplicate_keys (organization_id, person_id, key)
        SELECT * FROM unnest(${keys.map((k) => k.row.organization_id)}::uuid[],
          ${keys.map((k) => k.row.id)}::uuid[], ${keys.map((k) => k.key)}::text[])
      `.execute(db);
    after = rows.at(-1)!.id;
  }
}
