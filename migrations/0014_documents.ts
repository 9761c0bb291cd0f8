import { type Kysely, sql } from 'kysely';

/**
 * A person's documents (diplomas, translations, CVs, signed plans…), encrypted at rest: the bytes are
 * AES-256-GCM ciphertext under the key named by `key_id` (see docs/adr/0008). They live in the database
 * so that backups, transactions and the two-command install stay as they are. Deleting a document keeps
 * its description for the audit trail and drops its bytes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE person_documents (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL,
      person_id uuid NOT NULL,
      type text NOT NULL CHECK (type IN ('diploma', 'diploma_translation', 'credential_evaluation', 'cv', 'signed_plan', 'identity', 'other')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      file_name text NOT NULL,
      media_type text NOT NULL,
      size_bytes integer NOT NULL CHECK (size_bytes > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      key_id text,
      nonce bytea,
      ciphertext bytea,
      uploaded_by uuid NOT NULL,
      uploaded_at timestamptz NOT NULL,
      updated_at timestamptz,
      deleted_at timestamptz,
      deleted_by uuid,
      deletion_reason text,
      CHECK ((deleted_at IS NULL) = (ciphertext IS NOT NULL)),
      CHECK ((ciphertext IS NULL) OR (key_id IS NOT NULL AND nonce IS NOT NULL)),
      CHECK ((deleted_at IS NULL) OR (deleted_by IS NOT NULL AND deletion_reason IS NOT NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX person_documents_person ON person_documents (organization_id, person_id, uploaded_at DESC)`.execute(
    db,
  );
  // The key rotation walks the documents still sealed under an older key.
  await sql`CREATE INDEX person_documents_key ON person_documents (key_id, id) WHERE ciphertext IS NOT NULL`.execute(
    db,
  );
}
