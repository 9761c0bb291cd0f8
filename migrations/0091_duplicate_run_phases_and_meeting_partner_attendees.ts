import { type Kysely, sql } from 'kysely';

/**
 * Two changes (docs/duplicates.md, docs/meetings.md).
 *
 * Duplicate batch runs: the run's progress has two phases, reading the blocks of files sharing a key
 * (`read_keys` of `total_keys`, the key rows of the members), then scoring the pairs found
 * (`scored_pairs` of `compared_pairs`, as before). `phase` says which; null for a run not started, and
 * for the runs finished before this change.
 *
 * Meetings: contacts of the partner directory (network module) that attended a meeting, one row each,
 * with the partner they belong to (counted per partner organization in the meeting's figures). Ids
 * only, no foreign key into the network's tables (another module's); the names are read through
 * network/api.ts. Removed with the meeting.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE duplicate_runs
      ADD COLUMN phase text CONSTRAINT duplicate_runs_phase_check CHECK (phase IN ('reading_keys', 'scoring')),
      ADD COLUMN read_keys bigint NOT NULL DEFAULT 0,
      ADD COLUMN total_keys bigint NOT NULL DEFAULT 0
  `.execute(db);

  await sql`
    CREATE TABLE consortium_meeting_partner_attendees (
      meeting_id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      contact_id uuid NOT NULL,
      partner_id uuid NOT NULL,
      PRIMARY KEY (meeting_id, contact_id, organization_id),
      FOREIGN KEY (meeting_id, organization_id) REFERENCES consortium_meetings (id, organization_id)
        ON DELETE CASCADE
    )
  `.execute(db);
  await sql`CREATE INDEX consortium_meeting_partner_attendees_by_contact ON consortium_meeting_partner_attendees (contact_id)`.execute(
    db,
  );
}
