import { type Kysely, sql } from 'kysely';

/**
 * Report files produced in the background (reports module): a long report is queued, its progress
 * read while it runs, and its bytes kept for download by whoever asked (or their organization's staff
 * who read the same report) until it expires, seven days later; a nightly job deletes expired files.
 * Report subscriptions: a program's report sent every month or quarter to staff of the organization,
 * as a link to the report page (never its figures in the message).
 * Keys follow ADR 12 (migration 0055): composite by organization.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE report_files (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      requested_by uuid NOT NULL,
      program_id uuid NOT NULL,
      template_ref text NOT NULL,
      period_from date,
      period_to date,
      fund_id uuid,
      format text NOT NULL CHECK (format IN ('xlsx', 'csv', 'pdf')),
      language text CHECK (language IN ('fr', 'en')),
      audience text CHECK (audience IN ('staff', 'funder')),
      status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
      progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
      filename text,
      bytes bytea,
      size_bytes int,
      error_code text,
      subscription_id uuid,
      created_at timestamptz NOT NULL,
      finished_at timestamptz,
      expires_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX report_files_expiry ON report_files (expires_at, organization_id)`.execute(db);
  await sql`CREATE INDEX report_files_requester ON report_files (requested_by, organization_id)`.execute(db);

  await sql`
    CREATE TABLE report_subscriptions (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      program_id uuid NOT NULL,
      template_ref text NOT NULL,
      cadence text NOT NULL CHECK (cadence IN ('monthly', 'quarterly')),
      recipients jsonb NOT NULL,
      format text NOT NULL CHECK (format IN ('xlsx', 'csv', 'pdf')),
      language text NOT NULL CHECK (language IN ('fr', 'en')),
      created_by uuid NOT NULL,
      created_at timestamptz NOT NULL,
      next_run_on date NOT NULL,
      last_run_on date,
      active boolean NOT NULL DEFAULT true,
      cancelled_by uuid,
      cancelled_at timestamptz,
      PRIMARY KEY (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX report_subscriptions_due ON report_subscriptions (next_run_on, organization_id) WHERE active`.execute(
    db,
  );
  await sql`CREATE INDEX report_subscriptions_program ON report_subscriptions (program_id, organization_id)`.execute(
    db,
  );
}
