import { type Kysely, sql } from 'kysely';

/**
 * A consent to share names partner organizations and/or consortia ("members of consortium X", resolved
 * when a partner reads, so that an organization joining later is covered only when the consent names the
 * consortium), and what it covers among the sections of the file: identity, plan, sessions, employment,
 * documents.
 *
 * Consents recorded before this migration cover `identity` only. Until now no partner could read a file:
 * the only thing a consent to share let another organization see was the person's name (the lender of a
 * loan fund, the organization running a collective session). Reading them as covering more would widen,
 * after the fact, what the person agreed to; covering less would cut loans and enrolments already made.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE consents ADD COLUMN partner_consortium_ids uuid[] NOT NULL DEFAULT '{}'`.execute(db);
  await sql`ALTER TABLE consents ADD COLUMN covers text[] NOT NULL DEFAULT '{identity}'`.execute(db);
  // A partner's list of people shared with it looks consents up by the organizations and consortia they name.
  await sql`CREATE INDEX consents_partner_organizations ON consents USING gin (partner_organization_ids)`.execute(
    db,
  );
  await sql`CREATE INDEX consents_partner_consortia ON consents USING gin (partner_consortium_ids)`.execute(
    db,
  );
}
