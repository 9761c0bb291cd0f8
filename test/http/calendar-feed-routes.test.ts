import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../src/core/auth/roles.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * A counselor's calendar subscription: created, shown once, read by a calendar application with the
 * token alone (initials, no names, no video link), replaced and revoked; stored as a hash only.
 */
let t: TestApp;
type Session = { cookies: Record<string, string>; headers: Record<string, string> };
const sessions = new Map<Role, Session>();
let counselor: Session;
let counselorId: string;
let organizationId: string;

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await givenOrganization(t.database.db)).id;
  for (const role of roles) {
    const staff = await givenStaff(t.database.db, organizationId, role);
    sessions.set(role, await givenSession(t.database.db, staff.actor.userId, organizationId));
  }
  const staff = await givenStaff(t.database.db, organizationId, 'counselor');
  counselorId = staff.actor.userId;
  counselor = await givenSession(t.database.db, counselorId, organizationId);
  const { id: personId } = await createPerson(t.deps)(staff, {
    identity: { givenName: 'Amina', familyName: 'Youssef', referentUserId: counselorId },
  });
  const startsAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const booked = await as(counselor, 'POST', '/api/appointments', {
    personId,
    mode: 'video',
    meetingLink: 'https://meet.example.org/secret-room',
    startsAt,
    durationMinutes: 30,
  });
  expect(booked.statusCode).toBe(201);
});
afterAll(() => t.close());

const as = (session: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    cookies: session.cookies,
    headers: session.headers,
    ...(payload ? { payload } : {}),
  });
const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;
const fetchFeed = (token: string) =>
  t.app.inject({ method: 'GET', url: `/api/calendar-feed.ics?token=${encodeURIComponent(token)}` });

describe('calendar feed', () => {
  it('is for staff who have an agenda; funders and administrators are refused', async () => {
    const allowed = ['counselor', 'program_referent', 'coordinator', 'director'];
    for (const role of roles) {
      const status = await as(sessions.get(role)!, 'GET', '/api/calendar-feed');
      expect(status.statusCode, role).toBe(allowed.includes(role) ? 200 : 403);
      const created = await as(sessions.get(role)!, 'POST', '/api/calendar-feed');
      expect(created.statusCode, role).toBe(allowed.includes(role) ? 201 : 403);
    }
  });

  it('serves the appointments with initials only, to the token alone, and keeps only its hash', async () => {
    expect((await as(counselor, 'GET', '/api/calendar-feed')).json()).toMatchObject({ active: false });
    const created = await as(counselor, 'POST', '/api/calendar-feed');
    expect(created.statusCode).toBe(201);
    const { url } = created.json() as { url: string };
    const token = tokenOf(url);
    const feed = await fetchFeed(token);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.headers['cache-control']).toContain('no-store');
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).toContain('A. Y.');
    expect(feed.body).not.toContain('Youssef');
    expect(feed.body).not.toContain('Amina');
    expect(feed.body).not.toContain('secret-room');
    const stored = await sql<{ token_hash: string }>`
      select token_hash from calendar_feeds where user_id = ${counselorId}`.execute(t.database.db);
    expect(stored.rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]?.token_hash).not.toContain(token);
    const status = (await as(counselor, 'GET', '/api/calendar-feed')).json() as Record<string, unknown>;
    expect(status).toMatchObject({ active: true });
    expect(status.lastReadAt).not.toBeNull();
    expect(JSON.stringify(status)).not.toContain(token);
  });

  it('a regenerated URL replaces the old one, and a revoked one answers 404 like one never issued', async () => {
    const first = tokenOf(
      ((await as(counselor, 'POST', '/api/calendar-feed')).json() as { url: string }).url,
    );
    const second = tokenOf(
      ((await as(counselor, 'POST', '/api/calendar-feed')).json() as { url: string }).url,
    );
    expect((await fetchFeed(first)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);
    expect((await as(counselor, 'POST', '/api/calendar-feed/revoke')).statusCode).toBe(204);
    const revoked = await fetchFeed(second);
    expect(revoked.statusCode).toBe(404);
    expect(revoked.json()).toMatchObject({ code: 'CALENDAR_FEED_NOT_FOUND' });
    expect((await fetchFeed('A'.repeat(43))).statusCode).toBe(404);
    expect((await as(counselor, 'GET', '/api/calendar-feed')).json()).toMatchObject({ active: false });
  });

  it('refuses a malformed token with 400 and stops a member who left', async () => {
    for (const bad of ['', 'short', 'x'.repeat(44), `${'a'.repeat(42)}!`, "' or 1=1 --"])
      expect((await fetchFeed(bad)).statusCode, bad).toBe(400);
    const token = tokenOf(
      ((await as(counselor, 'POST', '/api/calendar-feed')).json() as { url: string }).url,
    );
    await sql`delete from memberships where user_id = ${counselorId} and organization_id = ${organizationId}`.execute(
      t.database.db,
    );
    expect((await fetchFeed(token)).statusCode).toBe(404);
  });
});
