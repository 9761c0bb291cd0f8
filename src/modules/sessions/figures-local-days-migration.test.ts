import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabaseJustBefore } from '../../../test/support/empty-database.js';
import { migrateToLatest } from '../../core/db/migrate.js';

/**
 * Migration 0092 on a database of the version before it: the session figures' summary, kept by UTC
 * day and month, is recomputed from the records by the organization's days. A workshop at 20:00 in
 * Montréal on 31 January (01:00 UTC on 1 February) leaves February for January.
 */
let db: Kysely<unknown>;
let close: () => Promise<void>;
const organization = '01900000-0000-7000-8000-000000000921';
const user = '01900000-0000-7000-8000-000000000922';
const type = '01900000-0000-7000-8000-000000000923';
const series = '01900000-0000-7000-8000-000000000924';
const meetings = ['01900000-0000-7000-8000-000000000925', '01900000-0000-7000-8000-000000000926'];
const enrolment = '01900000-0000-7000-8000-000000000927';

beforeAll(async () => {
  ({ db, close } = await openDatabaseJustBefore('0092_session_figures_local_days'));
}, 300_000);
afterAll(() => close());

describe('migration 0092', { timeout: 300_000 }, () => {
  it("keys the summary by the organization's days", async () => {
    const now = new Date('2026-03-10T15:00:00Z');
    await sql`
      INSERT INTO organizations (id, name, kind, country, default_locale, time_zone, created_at)
      VALUES (${organization}, 'Carrefour Montréal', 'association', 'CA', 'fr', 'America/Toronto', ${now})`.execute(
      db,
    );
    await sql`
      INSERT INTO users (id, email, display_name, password_hash, locale, created_at)
      VALUES (${user}, 'ines@example.test', 'Inès', '!', 'fr', ${now})`.execute(db);
    await sql`
      INSERT INTO session_types (id, organization_id, code, name_fr, name_en, kind, audience, language,
        duration_minutes, mode, created_at)
      VALUES (${type}, ${organization}, 'SOIR', 'Atelier du soir', 'Evening workshop', 'workshop', 'staff', 'fr',
        60, 'in_person', ${now})`.execute(db);
    await sql`
      INSERT INTO session_series (id, organization_id, session_type_id, title, language, mode, openness, status,
        created_at)
      VALUES (${series}, ${organization}, ${type}, 'Atelier du soir', 'fr', 'in_person', 'organization', 'planned',
        ${now})`.execute(db);
    const startsAt = ['2026-01-15T15:00:00Z', '2026-02-01T01:00:00Z'];
    for (const [i, id] of meetings.entries())
      await sql`
        INSERT INTO session_meetings (id, series_id, organization_id, number, starts_at, duration_minutes, status,
          first_planned_at)
        VALUES (${id}, ${series}, ${organization}, ${i + 1}, ${startsAt[i]}, 60, 'held', ${now})`.execute(db);
    await sql`
      INSERT INTO session_enrolments (id, series_id, organization_id, participant_kind, user_id,
        participant_organization_id, status, requested_at, status_changed_at)
      VALUES (${enrolment}, ${series}, ${organization}, 'staff', ${user}, ${organization}, 'enrolled', ${now},
        ${now})`.execute(db);
    for (const id of meetings)
      await sql`
        INSERT INTO session_attendance (meeting_id, enrolment_id, organization_id, mark, recorded_at)
        VALUES (${id}, ${enrolment}, ${organization}, 'present', ${now})`.execute(db);
    // What the summary of before kept: the evening of the 31st in February.
    await sql`
      INSERT INTO session_figures_participants (organization_id, program_id, participant_id, span, starts_on,
        marks, attended_minutes)
      VALUES (${organization}, '00000000-0000-0000-0000-000000000000', ${user}, 'month', '2026-02-01', 1, 60)`.execute(
      db,
    );

    await migrateToLatest(db);

    const days = await sql<{ starts_on: string }>`
      SELECT starts_on::text AS starts_on FROM session_figures_meetings ORDER BY starts_on`.execute(db);
    expect(days.rows.map((r) => r.starts_on)).toEqual(['2026-01-15', '2026-01-31']);
    const months = await sql<{ month: string; held_meetings: number }>`
      SELECT month::text AS month, held_meetings FROM session_figures_series_months`.execute(db);
    expect(months.rows).toEqual([{ month: '2026-01-01', held_meetings: 2 }]);
    const participants = await sql<{
      span: string;
      starts_on: string;
      marks: number;
      attended_minutes: number;
    }>`
      SELECT span, starts_on::text AS starts_on, marks, attended_minutes FROM session_figures_participants
      ORDER BY span, starts_on`.execute(db);
    expect(participants.rows).toEqual([
      { span: 'day', starts_on: '2026-01-15', marks: 1, attended_minutes: 60 },
      { span: 'day', starts_on: '2026-01-31', marks: 1, attended_minutes: 60 },
      { span: 'month', starts_on: '2026-01-01', marks: 2, attended_minutes: 120 },
    ]);
    const seriesRows = await sql<{ enrolled: number }>`SELECT enrolled FROM session_figures_series`.execute(
      db,
    );
    expect(seriesRows.rows).toEqual([{ enrolled: 1 }]);
  });
});
