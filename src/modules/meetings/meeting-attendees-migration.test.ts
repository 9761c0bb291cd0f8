import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabaseJustBefore } from '../../../test/support/empty-database.js';
import { migrateToLatest } from '../../core/db/migrate.js';

/**
 * Migration 0089 on a database of the version before it: the free text naming who attended for an
 * invited organization becomes its guests, one name per comma, semicolon or line, and nothing else
 * changes; no staff account is guessed from a name.
 */
let db: Kysely<unknown>;
let close: () => Promise<void>;
const coordination = '01900000-0000-7000-8000-000000000301';
const members = ['01900000-0000-7000-8000-000000000302', '01900000-0000-7000-8000-000000000303'];
const consortium = '01900000-0000-7000-8000-000000000304';
const user = '01900000-0000-7000-8000-000000000305';
const meeting = '01900000-0000-7000-8000-000000000306';
const guestOrganizations = [
  '01900000-0000-7000-8000-000000000307',
  '01900000-0000-7000-8000-000000000308',
  '01900000-0000-7000-8000-000000000309',
];

beforeAll(async () => {
  ({ db, close } = await openDatabaseJustBefore('0089_meeting_attendees_and_referral_programs'));
}, 300_000);
afterAll(() => close());

describe('migration 0089', { timeout: 300_000 }, () => {
  it('keeps the names written for an organization as its guests', async () => {
    const now = new Date('2026-03-03T08:30:00Z');
    for (const id of [coordination, ...members, ...guestOrganizations])
      await sql`
        INSERT INTO organizations (id, name, kind, country, default_locale, time_zone, created_at)
        VALUES (${id}, ${`Organization ${id.slice(-3)}`}, 'association', 'FR', 'fr', 'Europe/Paris', ${now})`.execute(
        db,
      );
    await sql`
      INSERT INTO consortia (id, name, coordinating_organization_id, created_at)
      VALUES (${consortium}, 'impulseR', ${coordination}, ${now})`.execute(db);
    await sql`
      INSERT INTO users (id, email, display_name, password_hash, locale, created_at)
      VALUES (${user}, 'aurelie@example.test', 'Aurélie', '!', 'fr', ${now})`.execute(db);
    await sql`
      INSERT INTO consortium_meetings (id, organization_id, consortium_id, kind, title, starts_at, agenda,
        decisions, created_by, created_at, updated_at)
      VALUES (${meeting}, ${coordination}, ${consortium}, 'steering', 'Comité', ${now}, '[]', '[]', ${user},
        ${now}, ${now})`.execute(db);
    const written: [string, string | null, string | null][] = [
      [members[0]!, 'present', 'Bruno Laurent, Claire Dumas'],
      [members[1]!, 'present', 'Karine Dufour (directrice)'],
      [guestOrganizations[0]!, 'excused', null],
      [guestOrganizations[1]!, 'present', ' Direction ;\nInès Lambert ,, '],
      [guestOrganizations[2]!, null, ''],
    ];
    for (const [organization, attendance, attendees] of written)
      await sql`
        INSERT INTO consortium_meeting_invitations (meeting_id, organization_id, member_organization_id,
          attendance, attendees)
        VALUES (${meeting}, ${coordination}, ${organization}, ${attendance}, ${attendees})`.execute(db);

    await migrateToLatest(db);

    const { rows } = await sql<{ member: string; attendance: string | null; guests: string[] }>`
      SELECT member_organization_id AS member, attendance, guests
      FROM consortium_meeting_invitations WHERE meeting_id = ${meeting}`.execute(db);
    const guestsOf = new Map(rows.map((r) => [r.member, [r.attendance, r.guests]]));
    expect(
      Object.fromEntries(written.map(([organization]) => [organization, guestsOf.get(organization)])),
    ).toEqual({
      [members[0]!]: ['present', ['Bruno Laurent', 'Claire Dumas']],
      [members[1]!]: ['present', ['Karine Dufour (directrice)']],
      [guestOrganizations[0]!]: ['excused', []],
      [guestOrganizations[1]!]: ['present', ['Direction', 'Inès Lambert']],
      [guestOrganizations[2]!]: [null, []],
    });
    const attendees = await sql`SELECT * FROM consortium_meeting_attendees`.execute(db);
    expect(attendees.rows).toEqual([]);
  });
});
