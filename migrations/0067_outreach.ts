import { type Kysely, sql } from 'kysely';

/**
 * Repérage (outreach) before intake: a person met at an outreach event or signalled by a partner, with
 * only what it takes to reach them (a name, a phone or an address), who follows them up, the attempts to
 * contact them, and what became of them. A lead enrolled is linked to the file opened at intake; a lead
 * closed otherwise is anonymized after a year by a daily job (`anonymized_at`: names, contacts and
 * notes gone, the figures kept). The program is a consortium's and may be another organization's, so it
 * carries no foreign key (ADR 12).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE outreach_leads (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      program_id uuid,
      met_on date NOT NULL,
      source text NOT NULL
        CHECK (source IN ('partner_referral', 'outreach_event', 'walk_in', 'web_form', 'other')),
      partner_kind text CHECK (partner_kind IN
        ('asylum_housing', 'association', 'employment_service', 'public_body', 'school', 'health_service', 'other')),
      partner_name text CHECK (length(partner_name) <= 200),
      event_name text CHECK (length(event_name) <= 200),
      given_name text CHECK (length(given_name) BETWEEN 1 AND 100),
      family_name text CHECK (length(family_name) <= 100),
      phone text CHECK (length(phone) <= 40),
      email text CHECK (length(email) <= 254),
      language text CHECK (length(language) <= 12),
      note text CHECK (length(note) <= 2000),
      assigned_user_id uuid REFERENCES users (id),
      outcome text CHECK (outcome IN
        ('enrolled', 'not_interested', 'not_eligible', 'unreachable', 'referred_elsewhere')),
      outcome_on date,
      person_id uuid,
      created_by uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      anonymized_at timestamptz,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id),
      CHECK ((outcome IS NULL) = (outcome_on IS NULL)),
      CHECK ((outcome IS NOT DISTINCT FROM 'enrolled') = (person_id IS NOT NULL)),
      CHECK (anonymized_at IS NOT NULL OR given_name IS NOT NULL),
      CHECK (outcome_on IS NULL OR outcome_on >= met_on)
    )
  `.execute(db);
  await sql`CREATE INDEX outreach_leads_by_organization ON outreach_leads (organization_id, met_on DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX outreach_leads_by_program ON outreach_leads (program_id, met_on) WHERE program_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX outreach_leads_by_person ON outreach_leads (person_id) WHERE person_id IS NOT NULL`.execute(
    db,
  );
  await sql`
    CREATE TRIGGER outreach_leads_processing_restricted BEFORE INSERT OR UPDATE OR DELETE ON outreach_leads
    FOR EACH ROW EXECUTE FUNCTION person_processing_guard('person_id')
  `.execute(db);
  await sql`
    CREATE TABLE outreach_attempts (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      lead_id uuid NOT NULL,
      attempted_at timestamptz NOT NULL,
      channel text NOT NULL CHECK (channel IN ('phone', 'sms', 'email', 'in_person', 'via_partner')),
      reached boolean NOT NULL,
      note text CHECK (length(note) <= 1000),
      recorded_by uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (lead_id, organization_id) REFERENCES outreach_leads (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX outreach_attempts_by_lead ON outreach_attempts (lead_id, attempted_at)`.execute(db);
}
