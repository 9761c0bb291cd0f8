import { type Kysely, sql } from 'kysely';

/**
 * Steering and practice-exchange meetings of a consortium (docs/meetings.md): each meeting belongs to
 * its series (the consortium and the kind), is kept by the consortium's coordinating organization
 * (`organization_id`, the shard key: ADR 12) and names the member organizations it invites, their
 * attendance, its minutes and numbered decisions (JSON arrays of text), the actions it decides (owned by
 * a member organization, with a dated history of status changes, each naming the meeting it was made
 * in) and the actions carried over to it from earlier meetings of the series. Documents are references
 * (a title and a link): the documents module stores a person's files only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE consortium_meetings (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      consortium_id uuid NOT NULL REFERENCES consortia (id),
      kind text NOT NULL CHECK (kind IN ('steering', 'practice_exchange')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz,
      place text CHECK (length(place) <= 300),
      video_link text CHECK (length(video_link) <= 500),
      agenda jsonb NOT NULL CHECK (jsonb_typeof(agenda) = 'array' AND jsonb_array_length(agenda) <= 50),
      minutes text CHECK (length(minutes) <= 50000),
      decisions jsonb NOT NULL CHECK (jsonb_typeof(decisions) = 'array' AND jsonb_array_length(decisions) <= 100),
      created_by uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      CHECK (ends_at IS NULL OR ends_at > starts_at)
    )
  `.execute(db);
  await sql`CREATE INDEX consortium_meetings_by_series ON consortium_meetings (organization_id, consortium_id, kind, starts_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE consortium_meeting_invitations (
      meeting_id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      member_organization_id uuid NOT NULL REFERENCES organizations (id),
      attendance text CHECK (attendance IN ('present', 'excused', 'absent')),
      attendees text CHECK (length(attendees) <= 500),
      PRIMARY KEY (meeting_id, member_organization_id, organization_id),
      FOREIGN KEY (meeting_id, organization_id) REFERENCES consortium_meetings (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX consortium_meeting_invitations_by_member ON consortium_meeting_invitations (member_organization_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE consortium_meeting_actions (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      meeting_id uuid NOT NULL,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
      owner_organization_id uuid NOT NULL REFERENCES organizations (id),
      owner_name text CHECK (length(owner_name) <= 200),
      due_on date,
      status text NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
      created_by uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (meeting_id, organization_id) REFERENCES consortium_meetings (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX consortium_meeting_actions_by_meeting ON consortium_meeting_actions (meeting_id)`.execute(
    db,
  );
  await sql`CREATE INDEX consortium_meeting_actions_open ON consortium_meeting_actions (organization_id, owner_organization_id, due_on) WHERE status IN ('open', 'in_progress')`.execute(
    db,
  );
  await sql`
    CREATE TABLE consortium_meeting_action_changes (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      action_id uuid NOT NULL,
      meeting_id uuid,
      status_from text CHECK (status_from IN ('open', 'in_progress', 'done', 'dropped')),
      status_to text NOT NULL CHECK (status_to IN ('open', 'in_progress', 'done', 'dropped')),
      note text CHECK (length(note) <= 1000),
      changed_by uuid NOT NULL REFERENCES users (id),
      changed_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (action_id, organization_id) REFERENCES consortium_meeting_actions (id, organization_id),
      FOREIGN KEY (meeting_id, organization_id) REFERENCES consortium_meetings (id, organization_id),
      CHECK (status_from IS DISTINCT FROM status_to)
    )
  `.execute(db);
  await sql`CREATE INDEX consortium_meeting_action_changes_by_action ON consortium_meeting_action_changes (action_id, changed_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE consortium_meeting_carried_actions (
      meeting_id uuid NOT NULL,
      action_id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      PRIMARY KEY (meeting_id, action_id, organization_id),
      FOREIGN KEY (meeting_id, organization_id) REFERENCES consortium_meetings (id, organization_id),
      FOREIGN KEY (action_id, organization_id) REFERENCES consortium_meeting_actions (id, organization_id)
    )
  `.execute(db);
  await sql`
    CREATE TABLE consortium_meeting_documents (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      meeting_id uuid NOT NULL,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      url text NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
      added_by uuid NOT NULL REFERENCES users (id),
      added_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (meeting_id, organization_id) REFERENCES consortium_meetings (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX consortium_meeting_documents_by_meeting ON consortium_meeting_documents (meeting_id)`.execute(
    db,
  );
}
