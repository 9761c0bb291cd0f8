import { type Kysely, sql } from 'kysely';

/**
 * The partner network (docs/network.md): organizations outside the platform and the professionals who
 * work there, the history of exchanges with them, convenings (forums) with their registrations and
 * attendance, and a bulletin's mailing list with each subscriber's consent and the deliveries of each
 * issue (each with its unsubscribe link, kept as a hash). Every row is one organization's. A partner of
 * kind employer may name an employer of the directory, possibly a consortium partner's shared one, so
 * `employer_id` carries no foreign key (ADR 12).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE network_partners (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      kind text NOT NULL CHECK (kind IN
        ('public_body', 'association', 'employer', 'school', 'health', 'housing', 'funder', 'other')),
      sectors jsonb NOT NULL DEFAULT '[]',
      area text CHECK (length(area) <= 200),
      website text CHECK (length(website) <= 500),
      notes text CHECK (length(notes) <= 4000),
      employer_id uuid,
      shared_with_consortium boolean NOT NULL DEFAULT false,
      created_by uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX network_partners_by_organization ON network_partners (organization_id, name)`.execute(
    db,
  );

  await sql`
    CREATE TABLE network_contacts (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      partner_id uuid NOT NULL,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      role text CHECK (length(role) <= 200),
      email text CHECK (length(email) <= 254),
      phone text CHECK (length(phone) <= 40),
      languages jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (partner_id, organization_id) REFERENCES network_partners (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX network_contacts_by_partner ON network_contacts (partner_id, name)`.execute(db);

  await sql`
    CREATE TABLE network_engagements (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      partner_id uuid NOT NULL,
      contact_id uuid,
      occurred_on date NOT NULL,
      kind text NOT NULL CHECK (kind IN
        ('meeting', 'call', 'email', 'event_attended', 'agreement_signed', 'referral', 'other')),
      summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
      author_id uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (partner_id, organization_id) REFERENCES network_partners (id, organization_id),
      FOREIGN KEY (contact_id, organization_id) REFERENCES network_contacts (id, organization_id)
    )
  `.execute(db);
  await sql`
    CREATE INDEX network_engagements_history
    ON network_engagements (partner_id, occurred_on DESC, created_at DESC, id DESC)
  `.execute(db);

  await sql`
    CREATE TABLE network_convenings (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz,
      place text CHECK (length(place) <= 300),
      capacity integer CHECK (capacity BETWEEN 1 AND 100000),
      description text CHECK (length(description) <= 4000),
      public_registration boolean NOT NULL DEFAULT false,
      created_by uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      CHECK (ends_at IS NULL OR ends_at > starts_at)
    )
  `.execute(db);
  await sql`CREATE INDEX network_convenings_by_organization ON network_convenings (organization_id, starts_at DESC)`.execute(
    db,
  );

  await sql`
    CREATE TABLE network_registrations (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      convening_id uuid NOT NULL,
      contact_id uuid,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      email text CHECK (length(email) <= 254),
      partner_name text CHECK (length(partner_name) <= 200),
      partner_kind text CHECK (partner_kind IN
        ('public_body', 'association', 'employer', 'school', 'health', 'housing', 'funder', 'other')),
      needs text CHECK (length(needs) <= 1000),
      source text NOT NULL CHECK (source IN ('staff', 'public')),
      attendance text CHECK (attendance IN ('present', 'absent')),
      attendance_marked_by uuid REFERENCES users (id),
      attendance_marked_at timestamptz,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (convening_id, organization_id) REFERENCES network_convenings (id, organization_id),
      FOREIGN KEY (contact_id, organization_id) REFERENCES network_contacts (id, organization_id),
      CHECK ((attendance IS NULL) = (attendance_marked_at IS NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX network_registrations_by_convening ON network_registrations (convening_id, name)`.execute(
    db,
  );
  // One registration per address and convening: a second form with the same e-mail changes nothing.
  await sql`
    CREATE UNIQUE INDEX network_registrations_one_per_email
    ON network_registrations (convening_id, email, organization_id) WHERE email IS NOT NULL
  `.execute(db);
  await sql`
    CREATE UNIQUE INDEX network_registrations_one_per_contact
    ON network_registrations (convening_id, contact_id, organization_id) WHERE contact_id IS NOT NULL
  `.execute(db);

  await sql`
    CREATE TABLE network_subscribers (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
      name text CHECK (length(name) <= 200),
      consented_on date NOT NULL,
      consent_source text NOT NULL CHECK (consent_source IN ('form', 'event', 'import', 'staff')),
      consent_wording text NOT NULL CHECK (length(consent_wording) BETWEEN 1 AND 1000),
      unsubscribed_at timestamptz,
      created_by uuid REFERENCES users (id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      UNIQUE (organization_id, email)
    )
  `.execute(db);

  await sql`
    CREATE TABLE network_bulletins (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
      recipients integer NOT NULL,
      sent_by uuid NOT NULL REFERENCES users (id),
      sent_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX network_bulletins_by_organization ON network_bulletins (organization_id, sent_at DESC)`.execute(
    db,
  );

  await sql`
    CREATE TABLE network_bulletin_deliveries (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      bulletin_id uuid NOT NULL,
      subscriber_id uuid NOT NULL,
      token_hash text,
      sent_at timestamptz,
      skipped boolean NOT NULL DEFAULT false,
      PRIMARY KEY (id, organization_id),
      UNIQUE (bulletin_id, subscriber_id, organization_id),
      UNIQUE (token_hash, organization_id),
      FOREIGN KEY (bulletin_id, organization_id) REFERENCES network_bulletins (id, organization_id),
      FOREIGN KEY (subscriber_id, organization_id) REFERENCES network_subscribers (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX network_bulletin_deliveries_by_token ON network_bulletin_deliveries (token_hash) WHERE token_hash IS NOT NULL`.execute(
    db,
  );
}
