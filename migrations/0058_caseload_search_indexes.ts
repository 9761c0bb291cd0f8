import { type Kysely, sql } from 'kysely';

/**
 * The caseload's reads inside one organization (docs/performance.md):
 *
 * - The name search's trigram index carries the organization (btree_gin): `organization_id = $1 AND
 *   $2 <% search_text` is answered inside one index scan instead of intersecting the trigrams of every
 *   organization's people with the organization's rows. Every people search is scoped to one
 *   organization (the caseload, duplicate detection), so the index over all organizations goes.
 * - The caseload by name reads its page in index order and counts its people from the index alone:
 *   (organization_id, family_name, given_name, id) — the list's whole order — with the list's columns
 *   included. It replaces (organization_id, family_name, given_name).
 *
 * Neither index is unique: on a distributed deployment (ADR 12) each shard indexes its own rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS btree_gin`.execute(db);
  await sql`
    CREATE INDEX people_org_search_trgm ON people USING gin (organization_id, search_text gin_trgm_ops)
  `.execute(db);
  await sql`DROP INDEX people_search_trgm`.execute(db);
  await sql`
    CREATE INDEX people_org_name ON people (organization_id, family_name, given_name, id)
      INCLUDE (given_name_original, family_name_original, birth_date, city, referent_user_id, created_at)
  `.execute(db);
  await sql`DROP INDEX people_org_family`.execute(db);
}
