import { type Kysely, sql } from 'kysely';

/** Extensions, text-search helpers and the append-only audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const extension of ['pg_trgm', 'unaccent', 'pgcrypto', 'citext', 'fuzzystrmatch']) {
    await sql.raw(`CREATE EXTENSION IF NOT EXISTS ${extension}`).execute(db);
  }

  // unaccent() is only STABLE; an IMMUTABLE wrapper with a fixed dictionary can back indexes.
  await sql`
    CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
  `.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION f_search_text(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.f_unaccent($1)) $$
  `.execute(db);

  await sql`
    CREATE TABLE audit_events (
      id uuid PRIMARY KEY,
      inserted_seq bigserial NOT NULL,
      occurred_at timestamptz NOT NULL,
      actor_user_id uuid,
      organization_id uuid,
      subject_organization_id uuid,
      action text NOT NULL,
      resource_type text NOT NULL,
      resource_id text,
      person_id uuid,
      request_id text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      chain_index bigint UNIQUE,
      prev_hash text,
      hash text
    )
  `.execute(db);
  await sql`CREATE INDEX audit_events_occurred_at ON audit_events (occurred_at DESC)`.execute(db);
  await sql`CREATE INDEX audit_events_person ON audit_events (person_id, occurred_at DESC)`.execute(db);
  await sql`CREATE INDEX audit_events_actor ON audit_events (actor_user_id, occurred_at DESC)`.execute(db);
  await sql`CREATE INDEX audit_events_org ON audit_events (organization_id, occurred_at DESC)`.execute(db);
  await sql`CREATE INDEX audit_events_unsealed ON audit_events (inserted_seq) WHERE chain_index IS NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE audit_chain_head (
      id int PRIMARY KEY CHECK (id = 1),
      last_index bigint NOT NULL,
      last_hash text NOT NULL
    )
  `.execute(db);
  await sql`INSERT INTO audit_chain_head (id, last_index, last_hash) VALUES (1, 0, repeat('0', 64))`.execute(
    db,
  );

  // Append-only: rows are never deleted, and only the sealing columns may be filled in, once.
  await sql`
    CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit_events is append-only';
      END IF;
      IF OLD.chain_index IS NOT NULL
         OR NEW.id IS DISTINCT FROM OLD.id
         OR NEW.occurred_at IS DISTINCT FROM OLD.occurred_at
         OR NEW.actor_user_id IS DISTINCT FROM OLD.actor_user_id
         OR NEW.organization_id IS DISTINCT FROM OLD.organization_id
         OR NEW.subject_organization_id IS DISTINCT FROM OLD.subject_organization_id
         OR NEW.action IS DISTINCT FROM OLD.action
         OR NEW.resource_type IS DISTINCT FROM OLD.resource_type
         OR NEW.resource_id IS DISTINCT FROM OLD.resource_id
         OR NEW.person_id IS DISTINCT FROM OLD.person_id
         OR NEW.request_id IS DISTINCT FROM OLD.request_id
         OR NEW.details IS DISTINCT FROM OLD.details THEN
        RAISE EXCEPTION 'audit_events is append-only';
      END IF;
      RETURN NEW;
    END $$
  `.execute(db);
  await sql`
    CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()
  `.execute(db);
}
