import { type Kysely, sql } from 'kysely';

/**
 * The person's rights (GDPR art. 17 and 18), owned by the people module: one row per person whose
 * processing is restricted or who was anonymized. While a person is restricted, a trigger on every
 * table of their accompaniment refuses any change (SQLSTATE PR018), whichever module writes: the
 * freeze holds without each use case remembering it. Anonymization and the lifting of a restriction
 * say so for their own transaction with `passerelle.privacy_override`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE person_privacy (
      person_id uuid PRIMARY KEY REFERENCES people (id),
      organization_id uuid NOT NULL,
      restricted_at timestamptz,
      restricted_by uuid,
      restriction_reason text,
      anonymized_at timestamptz,
      anonymized_by uuid,
      anonymization_reason text,
      pseudonym text,
      birth_year int CHECK (birth_year BETWEEN 1900 AND 2100),
      CHECK ((restricted_at IS NULL) = (restricted_by IS NULL)),
      CHECK ((anonymized_at IS NULL) = (pseudonym IS NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX person_privacy_organization ON person_privacy (organization_id)`.execute(db);

  await sql`
    CREATE FUNCTION person_processing_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      subject uuid;
    BEGIN
      IF current_setting('passerelle.privacy_override', true) = 'on' THEN
        RETURN COALESCE(NEW, OLD);
      END IF;
      IF TG_OP = 'DELETE' THEN
        subject := to_jsonb(OLD) ->> TG_ARGV[0];
      ELSE
        subject := to_jsonb(NEW) ->> TG_ARGV[0];
      END IF;
      IF subject IS NOT NULL AND EXISTS (
        SELECT 1 FROM person_privacy WHERE person_id = subject AND restricted_at IS NOT NULL
      ) THEN
        RAISE EXCEPTION 'PERSON_PROCESSING_RESTRICTED' USING ERRCODE = 'PR018';
      END IF;
      RETURN COALESCE(NEW, OLD);
    END $$
  `.execute(db);
  const guarded: [table: string, column: string][] = [
    ['people', 'id'],
    ['person_languages', 'person_id'],
    ['person_education', 'person_id'],
    ['person_experience', 'person_id'],
    ['person_barriers', 'person_id'],
    ['household_members', 'person_id'],
    ['consents', 'person_id'],
    ['person_referent_changes', 'person_id'],
    ['enrolments', 'person_id'],
    ['plans', 'person_id'],
    ['plan_goals', 'person_id'],
    ['plan_steps', 'person_id'],
    ['appointments', 'person_id'],
    ['follow_up_notes', 'person_id'],
    ['person_documents', 'person_id'],
    ['session_enrolments', 'person_id'],
    ['loan_applications', 'person_id'],
  ];
  for (const [table, column] of guarded) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_processing_restricted BEFORE INSERT OR UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION person_processing_guard('${column}')`,
      )
      .execute(db);
  }
}
