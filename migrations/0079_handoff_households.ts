import { type Kysely, sql } from 'kysely';

/**
 * A household handed over at once, and hand-offs that do not wait unnoticed (handoffs module, issue 16,
 * docs/handoffs.md).
 * - `handoffs.household_id` / `household_relation`: the sender's household the person proposed lives in,
 *   and the relation the person will have in the household re-formed at the receiver (which keeps the
 *   same household id, so that figures in households count it once across organizations).
 * - `handoff_members`: the other members of that household, each with a file of the sender's, handed
 *   over with the person (one row per member, the relation they will have at the receiver, and on
 *   acceptance the receiver's file and carried enrolment; no foreign key across organizations: ADR 12).
 * - `handoffs.reminded_at`: when the daily sweep reminded both sides that the proposal waits (once per
 *   proposal).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const relations = `'main', 'spouse', 'child', 'parent', 'sibling', 'other'`;
  await sql
    .raw(
      `ALTER TABLE handoffs
         ADD COLUMN household_id uuid,
         ADD COLUMN household_relation text CHECK (household_relation IN (${relations})),
         ADD COLUMN reminded_at timestamptz,
         ADD CONSTRAINT handoffs_household_relation CHECK ((household_id IS NULL) = (household_relation IS NULL))`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TABLE handoff_members (
         handoff_id uuid NOT NULL,
         organization_id uuid NOT NULL,
         person_id uuid NOT NULL,
         relation text NOT NULL CHECK (relation IN (${relations})),
         receiver_person_id uuid,
         receiver_enrolment_id uuid,
         PRIMARY KEY (handoff_id, person_id, organization_id),
         FOREIGN KEY (handoff_id, organization_id) REFERENCES handoffs (id, organization_id),
         FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id)
       )`,
    )
    .execute(db);
  await sql`CREATE INDEX handoff_members_person ON handoff_members (person_id, organization_id)`.execute(db);
  await sql`
    CREATE INDEX handoff_members_receiver_person ON handoff_members (receiver_person_id)
    WHERE receiver_person_id IS NOT NULL
  `.execute(db);
  await sql`
    CREATE INDEX handoffs_waiting ON handoffs (proposed_at) WHERE status = 'proposed' AND reminded_at IS NULL
  `.execute(db);
}
