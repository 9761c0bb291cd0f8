import { type Kysely, sql } from 'kysely';

/**
 * Two changes (docs/meetings.md, docs/referrals.md).
 *
 * Meetings: who attended from an invited organization becomes its staff accounts, one row each
 * (`consortium_meeting_attendees`, removed with the invitation), and the free text of before becomes
 * the guests not on the platform, one name per comma, semicolon or line of it (`guests`, a JSON array
 * of names): 'Bruno Laurent, Claire Dumas' is two guests, 'Direction' one. An action's owner may name
 * a staff account of the owning organization (`owner_user_id`); `owner_name` stays for someone without
 * an account.
 *
 * Referrals: a referral may carry the program it is made in (`program_id`, a program of another
 * organization possibly: no foreign key, ADR 12; the use case checks it). Those sent before carry
 * none: the program's figures count them apart, as referrals without a program.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE consortium_meeting_attendees (
      meeting_id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      member_organization_id uuid NOT NULL,
      user_id uuid NOT NULL REFERENCES users (id),
      PRIMARY KEY (meeting_id, member_organization_id, user_id, organization_id),
      FOREIGN KEY (meeting_id, member_organization_id, organization_id)
        REFERENCES consortium_meeting_invitations (meeting_id, member_organization_id, organization_id)
        ON DELETE CASCADE
    )
  `.execute(db);
  await sql`CREATE INDEX consortium_meeting_attendees_by_user ON consortium_meeting_attendees (user_id)`.execute(
    db,
  );
  await sql`
    ALTER TABLE consortium_meeting_invitations
      ADD COLUMN guests jsonb NOT NULL DEFAULT '[]'
        CONSTRAINT consortium_meeting_invitations_guests_check CHECK (jsonb_typeof(guests) = 'array')
  `.execute(db);
  await sql`
    UPDATE consortium_meeting_invitations AS i
    SET guests = coalesce(
      (SELECT jsonb_agg(btrim(p.part) ORDER BY p.position)
       FROM regexp_split_to_table(i.attendees, E'[,;\\n]') WITH ORDINALITY AS p (part, position)
       WHERE btrim(p.part) <> ''),
      '[]'::jsonb)
    WHERE i.attendees IS NOT NULL
  `.execute(db);
  await sql`ALTER TABLE consortium_meeting_invitations DROP COLUMN attendees`.execute(db);
  await sql`ALTER TABLE consortium_meeting_actions ADD COLUMN owner_user_id uuid REFERENCES users (id)`.execute(
    db,
  );

  await sql`ALTER TABLE referrals ADD COLUMN program_id uuid`.execute(db);
  await sql`CREATE INDEX referrals_by_program ON referrals (program_id, sent_at) WHERE program_id IS NOT NULL`.execute(
    db,
  );
}
