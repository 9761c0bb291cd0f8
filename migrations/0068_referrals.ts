import { type Kysely, sql } from 'kysely';

/**
 * Referrals (orientations, issue 16): a counselor refers a person the organization follows to another
 * organization of the platform or to a service of the partner directory, for a purpose, with the
 * sections of the file the person's consent lets travel. The row belongs to the sending organization
 * (its person's file); the receiving organization reads it and writes its answer (accepted, declined
 * with a coded reason, completed) in the same row. The receiver's file, once it registered the person,
 * is another organization's row and carries no foreign key (ADR 12), nor does a service a consortium
 * partner shares. The directory of services (`referral_services`) is kept by each organization and may
 * be shared with its consortia.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE referral_services (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      provider_name text CHECK (length(provider_name) <= 200),
      kind text NOT NULL CHECK (kind IN
        ('language_class', 'housing', 'health', 'legal_aid', 'youth_guidance', 'employment', 'training', 'childcare', 'other')),
      address text CHECK (length(address) <= 300),
      area text CHECK (length(area) <= 200),
      phone text CHECK (length(phone) <= 40),
      email text CHECK (length(email) <= 254),
      website text CHECK (length(website) <= 500),
      languages text[] NOT NULL DEFAULT '{}',
      notes text CHECK (length(notes) <= 2000),
      shared_with_consortium boolean NOT NULL DEFAULT false,
      archived_at timestamptz,
      created_by uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX referral_services_by_organization ON referral_services (organization_id, name)`.execute(
    db,
  );
  await sql`
    CREATE TABLE referrals (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL,
      receiver_organization_id uuid REFERENCES organizations (id),
      service_id uuid,
      service_organization_id uuid REFERENCES organizations (id),
      service_name text CHECK (length(service_name) <= 200),
      purpose text NOT NULL CHECK (purpose IN
        ('language_class', 'housing', 'health', 'legal_aid', 'youth_guidance', 'employment', 'training', 'childcare', 'other')),
      shared_sections text[] NOT NULL DEFAULT '{}',
      consent_id uuid,
      message text CHECK (length(message) <= 2000),
      status text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'completed', 'withdrawn')),
      sent_at timestamptz NOT NULL,
      sent_by uuid NOT NULL REFERENCES users (id),
      answered_at timestamptz,
      answered_by uuid REFERENCES users (id),
      decline_reason text CHECK (decline_reason IN
        ('not_our_public', 'no_capacity', 'not_eligible', 'unreachable', 'other')),
      decline_note text CHECK (length(decline_note) <= 1000),
      completed_at timestamptz,
      outcome_note text CHECK (length(outcome_note) <= 2000),
      closed_at timestamptz,
      receiver_person_id uuid,
      last_reminded_on date,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id),
      CHECK ((receiver_organization_id IS NULL) <> (service_id IS NULL)),
      CHECK ((service_id IS NULL) = (service_organization_id IS NULL)),
      CHECK (receiver_organization_id IS NULL OR receiver_organization_id <> organization_id),
      CHECK (service_id IS NOT NULL OR consent_id IS NOT NULL),
      CHECK ((status = 'declined') = (decline_reason IS NOT NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX referrals_by_organization ON referrals (organization_id, sent_at DESC)`.execute(db);
  await sql`CREATE INDEX referrals_by_person ON referrals (person_id)`.execute(db);
  await sql`CREATE INDEX referrals_by_receiver ON referrals (receiver_organization_id, sent_at DESC) WHERE receiver_organization_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX referrals_pending ON referrals (sent_at) WHERE status = 'pending'`.execute(db);
  await sql`
    CREATE TRIGGER referrals_processing_restricted BEFORE INSERT OR UPDATE OR DELETE ON referrals
    FOR EACH ROW EXECUTE FUNCTION person_processing_guard('person_id')
  `.execute(db);
}
