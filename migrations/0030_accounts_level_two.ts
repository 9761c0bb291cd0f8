import { type Kysely, sql } from 'kysely';

/**
 * ASVS 5.0 level 2 on accounts:
 * - a TOTP code is accepted once: the last accepted time step of the account's authenticator (6.5.1);
 * - wrong codes are counted on the session waiting for its second factor, which ends after too many;
 * - who must have a second factor, per organization (6.3.2). Existing organizations keep
 *   'administrators' (behaviour unchanged); new ones are created with 'all_staff' by the use case;
 * - when a staff member's account was deactivated, and by whom (7.4.2), next to `users.disabled_at`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE users ADD COLUMN totp_last_step bigint`.execute(db);
  await sql`ALTER TABLE users ADD COLUMN disabled_by uuid`.execute(db);
  await sql`ALTER TABLE sessions ADD COLUMN second_factor_failures int NOT NULL DEFAULT 0`.execute(db);
  await sql`
    ALTER TABLE organizations ADD COLUMN second_factor_required_for text NOT NULL DEFAULT 'administrators'
      CHECK (second_factor_required_for IN ('administrators', 'all_staff'))
  `.execute(db);
}
