import { type Kysely, sql } from 'kysely';

/**
 * A person's timeline: dated events that each module publishes in the transaction of the change it
 * describes (core, like the audit log, so that every module may publish without depending on another).
 * Read newest first for one person of one organization.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE timeline_events (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL,
      person_id uuid NOT NULL,
      occurred_at timestamptz NOT NULL,
      module text NOT NULL,
      kind text NOT NULL,
      resource_type text NOT NULL,
      resource_id uuid,
      sensitive boolean NOT NULL DEFAULT false,
      restricted_to jsonb,
      data jsonb NOT NULL DEFAULT '{}'::jsonb,
      recorded_by uuid,
      recorded_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX timeline_events_person ON timeline_events (organization_id, person_id, occurred_at DESC, id DESC)`.execute(
    db,
  );
}
