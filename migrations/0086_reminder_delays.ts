import { type Kysely, sql } from 'kysely';

/**
 * Reminder delays as an organization's setting (issue 16, docs/referrals.md and docs/handoffs.md): how
 * many days a referral it sent may stay pending, and a hand-off it proposed may wait, before the daily
 * reminders give their tasks. Each organization works at its own pace; 1 to 60 days, 7 by default (the
 * constants the reminders used until now, so nothing changes for an organization that sets nothing).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE organizations
      ADD COLUMN referral_reminder_days smallint NOT NULL DEFAULT 7
        CONSTRAINT organizations_referral_reminder_days_check CHECK (referral_reminder_days BETWEEN 1 AND 60),
      ADD COLUMN handoff_reminder_days smallint NOT NULL DEFAULT 7
        CONSTRAINT organizations_handoff_reminder_days_check CHECK (handoff_reminder_days BETWEEN 1 AND 60)
  `.execute(db);
}
