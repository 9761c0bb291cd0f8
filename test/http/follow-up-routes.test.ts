import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../src/core/auth/roles.js';
import { uuidv7 } from '../../src/core/ids.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Appointments and notes over HTTP: which roles may use them, another organization sees nothing (404),
 * a confidential note's text reaches only its author and the referent, and bad input changes nothing.
 */
let t: TestApp;
let personId: string;
type Session = { cookies: Record<string, string>; headers: Record<string, string> };
const sessions = new Map<Role, Session>();
let referent: Session;
let outsider: Session;

beforeAll(async () => {
  t = await createTestApp();
  const organizationId = (await givenOrganization(t.database.db)).id;
  for (const role of roles) {
    const staff = await givenStaff(t.database.db, organizationId, role);
    sessions.set(role, await givenSession(t.database.db, staff.actor.userId, organizationId));
  }
  const referentStaff = await givenStaff(t.database.db, organizationId, 'counselor');
  referent = await givenSession(t.database.db, referentStaff.actor.userId, organizationId);
  personId = (
    await createPerson(t.deps)(referentStaff, {
      identity: { givenName: 'Amina', familyName: 'Youssef', referentUserId: referentStaff.actor.userId },
    })
  ).id;
  const other = (await givenOrganization(t.database.db)).id;
  const outsiderStaff = await givenStaff(t.database.db, other, 'counselor');
  outsider = await givenSession(t.database.db, outsiderStaff.actor.userId, other);
});
afterAll(() => t.close());

const as = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    cookies: session.cookies,
    headers: session.headers,
    ...(payload ? { payload } : {}),
  });
const appointment = (overrides: object = {}) => ({
  personId,
  mode: 'video',
  meetingLink: 'https://meet.example.org/abc',
  startsAt: '2030-01-07T10:00:00Z',
  durationMinutes: 30,
  ...overrides,
});

describe('follow-up routes', () => {
  it('staff who work with files schedule; administrators and funders are refused', async () => {
    const allowed = ['counselor', 'program_referent', 'coordinator', 'director'];
    for (const role of roles) {
      const response = await as(sessions.get(role)!, 'POST', '/api/appointments', appointment());
      expect(response.statusCode, role).toBe(allowed.includes(role) ? 201 : 403);
    }
    const read = await as(sessions.get('funder')!, 'GET', `/api/people/${personId}/follow-up`);
    expect(read.statusCode).toBe(403);
  });

  it('another organization gets 404 for the person, the appointment and the note', async () => {
    const { id } = (await as(referent, 'POST', '/api/appointments', appointment())).json() as { id: string };
    const note = (
      await as(referent, 'POST', '/api/follow-up-notes', {
        personId,
        kind: 'phone_call',
        occurredAt: '2026-01-05T10:00:00Z',
        minutesSpent: 10,
        body: 'Called about the appointment.',
      })
    ).json() as { id: string };
    expect((await as(outsider, 'GET', `/api/people/${personId}/follow-up`)).statusCode).toBe(404);
    expect((await as(outsider, 'POST', `/api/appointments/${id}/cancel`, {})).statusCode).toBe(404);
    expect((await as(outsider, 'POST', '/api/appointments', appointment())).statusCode).toBe(404);
    const edit = await as(outsider, 'PUT', `/api/follow-up-notes/${note.id}`, {
      kind: 'phone_call',
      occurredAt: '2026-01-05T10:00:00Z',
      minutesSpent: 10,
      body: 'x',
    });
    expect(edit.statusCode).toBe(404);
  });

  it('a confidential note is hidden from colleagues other than its author and the referent', async () => {
    const author = sessions.get('coordinator')!;
    const { id } = (
      await as(author, 'POST', '/api/follow-up-notes', {
        personId,
        kind: 'individual_interview',
        occurredAt: '2026-01-05T10:00:00Z',
        minutesSpent: 40,
        body: 'Health matters discussed.',
        confidential: true,
      })
    ).json() as { id: string };
    const find = async (session: Session) =>
      (
        (await as(session, 'GET', `/api/people/${personId}/follow-up`)).json() as {
          notes: { id: string; body: string | null }[];
        }
      ).notes.find((n) => n.id === id);
    expect((await find(author))?.body).toBe('Health matters discussed.');
    expect((await find(referent))?.body).toBe('Health matters discussed.');
    const colleague = await as(sessions.get('counselor')!, 'GET', `/api/people/${personId}/follow-up`);
    expect(colleague.body).not.toContain('Health matters');
    expect((await find(sessions.get('counselor')!))?.body).toBeNull();
  });

  it('bad input is refused with field details and creates nothing', async () => {
    const counselor = sessions.get('counselor')!;
    const before = (
      (await as(counselor, 'GET', `/api/people/${personId}/follow-up`)).json() as { appointments: [] }
    ).appointments.length;
    for (const bad of [
      appointment({ mode: 'teleport' }),
      appointment({ durationMinutes: 0 }),
      appointment({ meetingLink: 'javascript:alert(1)' }),
      appointment({ startsAt: 'tomorrow' }),
      appointment({ personId: 'not-a-uuid' }),
    ]) {
      const response = await as(counselor, 'POST', '/api/appointments', bad);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    const noLink = await as(counselor, 'POST', '/api/appointments', appointment({ meetingLink: null }));
    expect(noLink.statusCode).toBe(422);
    expect(noLink.json()).toMatchObject({ code: 'APPOINTMENT_LINK_REQUIRED' });
    const unknown = await as(counselor, 'POST', '/api/appointments', appointment({ personId: uuidv7() }));
    expect(unknown.statusCode).toBe(404);
    const after = (
      (await as(counselor, 'GET', `/api/people/${personId}/follow-up`)).json() as { appointments: [] }
    ).appointments.length;
    expect(after).toBe(before);
  });

  it('the agenda answers for my week, with the staff list to switch to a colleague', async () => {
    const response = await as(referent, 'GET', '/api/agenda?view=week&date=2030-01-09');
    expect(response.statusCode).toBe(200);
    const body = response.json() as { from: string; items: { personName: string }[]; staff: unknown[] };
    expect(body.from).toBe('2030-01-07');
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items[0]?.personName).toBe('Amina Youssef');
    expect((await as(referent, 'GET', '/api/agenda?view=month')).statusCode).toBe(400);
  });
});
