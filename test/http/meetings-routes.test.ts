import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/auth/roles.js';
import { givenConsortium, givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * A consortium's meetings over HTTP (docs/meetings.md), on either engine: a member organization reads
 * the meetings it was invited to and nothing else, staff of another consortium find nothing (404), the
 * open action is carried over to the next meeting of the series and its owner marks it done there.
 * Malformed attendance and actions are refused with the field in question, and change nothing.
 */
let t: TestApp;
type Session = Awaited<ReturnType<typeof givenSession>> & { userId: string };
let coordinator: Session;
let invitedDirector: Session;
let uninvitedCounselor: Session;
let strangerCoordinator: Session;
let strangerMember: Session;
let consortiumId: string;
let invited: string;
let uninvited: string;

async function sessionOf(organizationId: string, role: Role) {
  const staff = await givenStaff(t.database.db, organizationId, role);
  return {
    ...(await givenSession(t.database.db, staff.actor.userId, organizationId)),
    userId: staff.actor.userId,
  };
}

const as = (session: Session) => ({ cookies: session.cookies, headers: session.headers });
const call = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({ method, url, payload: payload as object, ...as(session) });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const coordination = (await givenOrganization(db, { name: 'impulseR Gironde — coordination' })).id;
  invited = (await givenOrganization(db, { name: 'Bastide Solidaire' })).id;
  uninvited = (await givenOrganization(db, { name: 'Médoc Emploi Solidaire' })).id;
  consortiumId = (await givenConsortium(db, coordination, [invited, uninvited])).id;
  const otherCoordination = (await givenOrganization(db, { name: 'ARML Occitanie' })).id;
  const otherMember = (await givenOrganization(db, { name: 'Mission Locale de Toulouse' })).id;
  await givenConsortium(db, otherCoordination, [otherMember]);
  coordinator = await sessionOf(coordination, 'coordinator');
  invitedDirector = await sessionOf(invited, 'director');
  uninvitedCounselor = await sessionOf(uninvited, 'counselor');
  strangerCoordinator = await sessionOf(otherCoordination, 'coordinator');
  strangerMember = await sessionOf(otherMember, 'director');
});
afterAll(() => t.close());

describe('meetings of a consortium over HTTP', () => {
  let meetingId: string;
  let actionId: string;

  it('lets the coordination run a steering meeting with attendance, minutes and an action', async () => {
    const created = await call(coordinator, 'POST', '/api/meetings', {
      consortiumId,
      kind: 'steering',
      title: 'Comité de pilotage de mars',
      startsAt: '2026-03-03T09:30:00+01:00',
      place: 'Bordeaux',
      agenda: ['Chiffres du mois'],
      invitedOrganizationIds: [invited],
    });
    expect(created.statusCode, created.body).toBe(201);
    meetingId = created.json().id;
    const attendance = await call(coordinator, 'PUT', `/api/meetings/${meetingId}/attendance`, {
      attendance: [
        {
          organizationId: invited,
          status: 'present',
          attendeeUserIds: [invitedDirector.userId],
          guests: ['Bruno Laurent'],
        },
      ],
    });
    expect(attendance.statusCode, attendance.body).toBe(204);
    const minutes = await call(coordinator, 'PUT', `/api/meetings/${meetingId}/minutes`, {
      minutes: 'Les chiffres de février.',
      decisions: ['Ouvrir un second chantier'],
    });
    expect(minutes.statusCode, minutes.body).toBe(204);
    const action = await call(coordinator, 'POST', `/api/meetings/${meetingId}/actions`, {
      title: 'Envoyer la liste des postes',
      ownerOrganizationId: invited,
      dueOn: '2026-03-20',
    });
    expect(action.statusCode, action.body).toBe(201);
    actionId = action.json().id;
  });

  it('shows the meeting to the member invited, and to no one else', async () => {
    const read = await call(invitedDirector, 'GET', `/api/meetings/${meetingId}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({
      runs: false,
      participants: [],
      decisions: ['Ouvrir un second chantier'],
      attendance: [
        {
          organization: { id: invited },
          status: 'present',
          attendees: [{ userId: invitedDirector.userId }],
          guests: ['Bruno Laurent'],
          people: 2,
        },
      ],
      peoplePresent: 2,
      actions: [{ id: actionId, mayUpdate: true, status: 'open' }],
    });
    for (const session of [uninvitedCounselor, strangerCoordinator, strangerMember]) {
      const refused = await call(session, 'GET', `/api/meetings/${meetingId}`);
      expect(refused.statusCode, refused.body).toBe(404);
      expect(refused.json().code).toBe('MEETING_NOT_FOUND');
      const status = await call(session, 'POST', `/api/meeting-actions/${actionId}/status`, {
        status: 'done',
      });
      expect(status.statusCode, status.body).toBe(404);
      expect((await call(session, 'GET', '/api/meetings')).json().items).toEqual([]);
    }
    expect((await call(uninvitedCounselor, 'GET', '/api/meeting-actions')).json().items).toEqual([]);
    const plan = await call(strangerCoordinator, 'POST', '/api/meetings', {
      consortiumId,
      kind: 'steering',
      title: 'Intrusion',
      startsAt: '2026-03-03T09:30:00+01:00',
      agenda: [],
      invitedOrganizationIds: [],
    });
    expect(plan.statusCode).toBe(404);
    const write = await call(invitedDirector, 'PUT', `/api/meetings/${meetingId}/minutes`, {
      minutes: 'x',
      decisions: [],
    });
    expect(write.statusCode).toBe(403);
  });

  it("carries the open action over to next month's meeting, where its owner marks it done", async () => {
    const next = await call(coordinator, 'POST', '/api/meetings', {
      consortiumId,
      kind: 'steering',
      title: "Comité de pilotage d'avril",
      startsAt: '2026-04-07T09:30:00+02:00',
      agenda: [],
      invitedOrganizationIds: [invited, uninvited],
    });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json().carriedOver).toBe(1);
    const nextId = next.json().id as string;
    // Invited to the next one, the other member now reads it and the action carried over (not its own).
    const seen = (await call(uninvitedCounselor, 'GET', `/api/meetings/${nextId}`)).json();
    expect(seen.carriedOver).toMatchObject([{ id: actionId, mayUpdate: false }]);
    const open = (await call(coordinator, 'GET', `/api/meeting-actions?organizationId=${invited}`)).json();
    expect(open.items.map((a: { id: string }) => a.id)).toEqual([actionId]);
    const done = await call(invitedDirector, 'POST', `/api/meeting-actions/${actionId}/status`, {
      status: 'done',
      meetingId: nextId,
    });
    expect(done.statusCode, done.body).toBe(204);
    const after = (await call(coordinator, 'GET', `/api/meetings/${nextId}`)).json();
    expect(after.carriedOver[0]).toMatchObject({
      status: 'done',
      decidedAt: { id: meetingId },
      history: [
        { from: null, to: 'open', meeting: { id: meetingId } },
        { from: 'open', to: 'done', meeting: { id: nextId } },
      ],
    });
    expect((await call(coordinator, 'GET', '/api/meeting-actions')).json().items).toEqual([]);
  });

  it('refuses malformed attendance and actions with the field in question, and changes nothing', async () => {
    const meeting = (await call(coordinator, 'GET', `/api/meetings/${meetingId}`)).json();
    const present = (row: Record<string, unknown>) => ({
      attendance: [{ organizationId: invited, status: 'present', ...row }],
    });
    const attendance = (payload: unknown) =>
      call(coordinator, 'PUT', `/api/meetings/${meetingId}/attendance`, payload);
    const action = (payload: Record<string, unknown>) =>
      call(coordinator, 'POST', `/api/meetings/${meetingId}/actions`, {
        title: 'Relancer',
        ownerOrganizationId: invited,
        ...payload,
      });
    const refusals = [
      [await attendance(present({ attendeeUserIds: ['Karine'] })), 'body.attendance.0.attendeeUserIds.0'],
      [await attendance(present({ attendeeUserIds: 'Karine' })), 'body.attendance.0.attendeeUserIds'],
      [
        await attendance(present({ attendeeUserIds: [invitedDirector.userId, invitedDirector.userId] })),
        'body.attendance.0.attendeeUserIds',
      ],
      [await attendance(present({ guests: ['x'.repeat(201)] })), 'body.attendance.0.guests.0'],
      [await attendance(present({ guests: [' '] })), 'body.attendance.0.guests.0'],
      [await attendance(present({ guests: 'Bruno, Claire' })), 'body.attendance.0.guests'],
      [
        await attendance(present({ guests: Array.from({ length: 51 }, (_, i) => `Invité ${i}`) })),
        'body.attendance.0.guests',
      ],
      [
        await attendance({ attendance: [{ organizationId: invited, status: 'excused', guests: ['Bruno'] }] }),
        'body.attendance.0.status',
      ],
      [await action({ ownerUserId: 'Karine' }), 'body.ownerUserId'],
    ] as const;
    for (const [response, path] of refusals) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    // Well formed, but not staff of the organization concerned: a business refusal.
    const stranger = await attendance(present({ attendeeUserIds: [uninvitedCounselor.userId] }));
    expect(stranger.statusCode, stranger.body).toBe(400);
    expect(stranger.json().code).toBe('MEETING_ATTENDEE_NOT_STAFF');
    const owner = await action({ ownerUserId: uninvitedCounselor.userId });
    expect(owner.statusCode, owner.body).toBe(400);
    expect(owner.json().code).toBe('MEETING_ACTION_OWNER_NOT_STAFF');
    const after = (await call(coordinator, 'GET', `/api/meetings/${meetingId}`)).json();
    expect(after.attendance).toEqual(meeting.attendance);
    expect(after.actions).toEqual(meeting.actions);
  });
});
