import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { Clock } from '../../../core/clock.js';
import { addAction } from './add-action.js';
import { addDocument } from './add-document.js';
import { changeActionStatus } from './change-action-status.js';
import { changeMeeting } from './change-meeting.js';
import { createMeeting } from './create-meeting.js';
import { listMeetings } from './list-meetings.js';
import { openActions } from './open-actions.js';
import { readMeeting } from './read-meeting.js';
import { recordAttendance } from './record-attendance.js';
import { writeMinutes } from './write-minutes.js';

let database: TestDatabase;
let now = new Date('2026-03-03T09:00:00Z');
const clock: Clock = { now: () => now } as Clock;
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let coordinator: Staff;
let coordinationCounselor: Staff;
let directorA: Staff;
let counselorB: Staff;
let counselorC: Staff;
let funder: Staff;
let outsider: Staff;
let consortiumId: string;
let memberA: string;
let memberB: string;
let memberC: string;

const steering = (startsAt: string, invited: string[]) => ({
  consortiumId,
  kind: 'steering' as const,
  title: 'Comité de pilotage',
  startsAt,
  place: 'Bordeaux',
  agenda: ['Chiffres du mois', 'Recrutements'],
  invitedOrganizationIds: invited,
});

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const coordination = await givenOrganization(database.db, {
    name: 'impulseR coordination',
    timeZone: 'Europe/Paris',
  });
  memberA = (await givenOrganization(database.db, { name: 'Atelier A' })).id;
  memberB = (await givenOrganization(database.db, { name: 'Bastide B' })).id;
  memberC = (await givenOrganization(database.db, { name: 'Chantier C' })).id;
  consortiumId = (await givenConsortium(database.db, coordination.id, [memberA, memberB, memberC])).id;
  coordinator = await givenStaff(database.db, coordination.id, 'coordinator', { displayName: 'Aurélie' });
  coordinationCounselor = await givenStaff(database.db, coordination.id, 'counselor');
  directorA = await givenStaff(database.db, memberA, 'director', { displayName: 'Bruno' });
  counselorB = await givenStaff(database.db, memberB, 'counselor');
  counselorC = await givenStaff(database.db, memberC, 'counselor');
  funder = await givenStaff(database.db, coordination.id, 'funder');
  const stranger = await givenOrganization(database.db);
  const strangerMember = await givenOrganization(database.db);
  await givenConsortium(database.db, stranger.id, [strangerMember.id]);
  outsider = await givenStaff(database.db, stranger.id, 'coordinator');
});
afterAll(() => database.close());

describe('a consortium steering meeting and the next one', () => {
  let first: string;
  let actionId: string;
  let doneActionId: string;

  it('is planned by the coordination with its agenda and invited members, run and minuted', async () => {
    first = (
      await createMeeting(deps)(coordinator, steering('2026-03-03T09:30:00+01:00', [memberA, memberB]))
    ).id;
    await recordAttendance(deps)(coordinator, {
      meetingId: first,
      attendance: [
        {
          organizationId: memberA,
          status: 'present',
          attendeeUserIds: [directorA.actor.userId],
          guests: ['Claire Dumas'],
        },
        { organizationId: memberB, status: 'excused' },
      ],
    });
    await writeMinutes(deps)(coordinator, {
      meetingId: first,
      minutes: 'Les chiffres de février sont en ligne.',
      decisions: ['Ouvrir un second chantier', 'Relancer France Travail'],
    });
    actionId = (
      await addAction(deps)(coordinator, {
        meetingId: first,
        title: 'Envoyer la liste des postes',
        ownerOrganizationId: memberA,
        ownerUserId: directorA.actor.userId,
        dueOn: '2026-03-20',
      })
    ).id;
    doneActionId = (
      await addAction(deps)(coordinator, {
        meetingId: first,
        title: 'Réserver la salle',
        ownerOrganizationId: memberB,
      })
    ).id;
    await addDocument(deps)(coordinator, {
      meetingId: first,
      title: 'Tableau de bord',
      url: 'https://drive.example.org/tableau',
    });
    const meeting = await readMeeting(deps)(coordinator, { meetingId: first });
    expect(meeting.runs).toBe(true);
    expect(meeting.agenda).toEqual(['Chiffres du mois', 'Recrutements']);
    expect(
      meeting.attendance.map((a) => [
        a.organization.name,
        a.status,
        a.attendees.map((p) => p.name),
        a.guests,
        a.people,
      ]),
    ).toEqual([
      ['Atelier A', 'present', ['Bruno'], ['Claire Dumas'], 2],
      ['Bastide B', 'excused', [], [], 0],
    ]);
    expect(meeting.peoplePresent).toBe(2);
    expect(meeting.actions[0]).toMatchObject({
      ownerUser: { userId: directorA.actor.userId, name: 'Bruno' },
      ownerName: null,
    });
    expect(meeting.decisions).toHaveLength(2);
    expect(meeting.actions.map((a) => [a.title, a.owner.name, a.status, a.history.length])).toEqual([
      ['Envoyer la liste des postes', 'Atelier A', 'open', 1],
      ['Réserver la salle', 'Bastide B', 'open', 1],
    ]);
    expect(meeting.participants.find((p) => p.id === memberA)?.staff).toEqual([
      { userId: directorA.actor.userId, name: 'Bruno' },
    ]);
    expect(meeting.participants.map((p) => p.name)).toEqual([
      'impulseR coordination',
      'Atelier A',
      'Bastide B',
      'Chantier C',
    ]);
    expect(meeting.documents[0]?.addedBy.name).toBe('Aurélie');
    const audit = await database.db
      .selectFrom('audit_events')
      .select('action')
      .where('resource_id', '=', first)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'meetings.meeting_create',
        'meetings.attendance_record',
        'meetings.minutes_write',
      ]),
    );
  });

  it('carries the open actions over to the next meeting of the series, where a member updates its own', async () => {
    now = new Date('2026-03-10T09:00:00Z');
    await changeActionStatus(deps)(counselorB, { actionId: doneActionId, status: 'done' });
    const practice = await createMeeting(deps)(coordinator, {
      ...steering('2026-03-12T14:00:00+01:00', [memberC]),
      kind: 'practice_exchange',
      title: 'Échange de pratiques',
    });
    expect(practice.carriedOver).toBe(0);
    now = new Date('2026-04-01T09:00:00Z');
    const next = await createMeeting(deps)(
      coordinator,
      steering('2026-04-07T09:30:00+02:00', [memberA, memberB]),
    );
    expect(next.carriedOver).toBe(1);
    const meeting = await readMeeting(deps)(directorA, { meetingId: next.id });
    expect(meeting.runs).toBe(false);
    expect(meeting.participants).toEqual([]);
    expect(meeting.carriedOver.map((a) => [a.id, a.overdue, a.mayUpdate])).toEqual([[actionId, true, true]]);
    now = new Date('2026-04-07T08:00:00Z');
    await changeActionStatus(deps)(directorA, {
      actionId,
      status: 'done',
      meetingId: next.id,
      note: 'Liste envoyée',
    });
    const after = await readMeeting(deps)(coordinator, { meetingId: next.id });
    const carried = after.carriedOver[0]!;
    expect(carried.status).toBe('done');
    expect(carried.decidedAt.id).toBe(first);
    expect(carried.history.map((h) => [h.from, h.to, h.meeting?.id, h.changedBy.name])).toEqual([
      [null, 'open', first, 'Aurélie'],
      ['open', 'done', next.id, 'Bruno'],
    ]);
    await expect(changeActionStatus(deps)(directorA, { actionId, status: 'done' })).rejects.toMatchObject({
      code: 'MEETING_ACTION_STATUS_UNCHANGED',
    });
  });

  it('shows a member only the meetings it was invited to, and nothing to another consortium', async () => {
    const ofC = await listMeetings(deps)(counselorC, {});
    expect(ofC.items.map((m) => m.kind)).toEqual(['practice_exchange']);
    await expect(readMeeting(deps)(counselorC, { meetingId: first })).rejects.toMatchObject({
      code: 'MEETING_NOT_FOUND',
    });
    await expect(readMeeting(deps)(outsider, { meetingId: first })).rejects.toMatchObject({
      code: 'MEETING_NOT_FOUND',
    });
    await expect(changeActionStatus(deps)(outsider, { actionId, status: 'open' })).rejects.toMatchObject({
      code: 'MEETING_ACTION_NOT_FOUND',
    });
    expect((await listMeetings(deps)(outsider, {})).items).toEqual([]);
    expect((await listMeetings(deps)(coordinator, {})).items).toHaveLength(3);
    expect((await listMeetings(deps)(coordinator, {})).consortia[0]?.runs).toBe(true);
  });

  it('lets only the coordination run meetings, and a member change only its own actions', async () => {
    await expect(
      writeMinutes(deps)(directorA, { meetingId: first, minutes: 'x', decisions: [] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      writeMinutes(deps)(coordinationCounselor, { meetingId: first, minutes: 'x', decisions: [] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(readMeeting(deps)(funder, { meetingId: first })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      createMeeting(deps)(directorA, steering('2026-05-05T09:30:00+02:00', [memberA])),
    ).rejects.toMatchObject({ code: 'MEETING_CONSORTIUM_NOT_FOUND' });
    const other = (
      await addAction(deps)(coordinator, {
        meetingId: first,
        title: 'Former les tuteurs',
        ownerOrganizationId: memberB,
      })
    ).id;
    await expect(
      changeActionStatus(deps)(directorA, { actionId: other, status: 'done' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      addAction(deps)(coordinator, {
        meetingId: first,
        title: 'x',
        ownerOrganizationId: outsider.actor.organizationId,
      }),
    ).rejects.toMatchObject({ code: 'MEETING_NOT_A_MEMBER' });
    await expect(
      recordAttendance(deps)(coordinator, {
        meetingId: first,
        attendance: [{ organizationId: memberC, status: 'present' }],
      }),
    ).rejects.toMatchObject({ code: 'MEETING_ORGANIZATION_NOT_INVITED' });
    await changeMeeting(deps)(coordinator, {
      meetingId: first,
      body: { ...steering('2026-03-03T09:30:00+01:00', [memberA, memberB, memberC]), agenda: ['Chiffres'] },
    });
    const changed = await readMeeting(deps)(coordinator, { meetingId: first });
    expect(changed.agenda).toEqual(['Chiffres']);
    expect(changed.attendance.find((a) => a.organization.id === memberA)?.status).toBe('present');
    expect(changed.attendance).toHaveLength(3);
  });

  it('names as attendees and owners only the active staff of the organization concerned', async () => {
    const named = (organizationId: string, userId: string) =>
      recordAttendance(deps)(coordinator, {
        meetingId: first,
        attendance: [{ organizationId, status: 'present', attendeeUserIds: [userId] }],
      });
    await expect(named(memberA, counselorB.actor.userId)).rejects.toMatchObject({
      code: 'MEETING_ATTENDEE_NOT_STAFF',
    });
    await expect(
      addAction(deps)(coordinator, {
        meetingId: first,
        title: 'Relancer',
        ownerOrganizationId: memberA,
        ownerUserId: counselorB.actor.userId,
      }),
    ).rejects.toMatchObject({ code: 'MEETING_ACTION_OWNER_NOT_STAFF' });
    await expect(
      recordAttendance(deps)(coordinator, {
        meetingId: first,
        attendance: [{ organizationId: memberB, status: 'excused', guests: ['Inès'] }],
      }),
    ).rejects.toThrow('Only an organization present names who came');
    // Staff who left: no longer offered nor accepted, still named where they were recorded.
    const leaving = await givenStaff(database.db, memberB, 'counselor', { displayName: 'Zoé' });
    await named(memberB, leaving.actor.userId);
    await database.db
      .updateTable('users')
      .set({ disabled_at: now })
      .where('id', '=', leaving.actor.userId)
      .execute();
    await expect(named(memberB, leaving.actor.userId)).rejects.toMatchObject({
      code: 'MEETING_ATTENDEE_NOT_STAFF',
    });
    const meeting = await readMeeting(deps)(coordinator, { meetingId: first });
    expect(meeting.attendance.find((a) => a.organization.id === memberB)).toMatchObject({
      status: 'present',
      attendees: [{ userId: leaving.actor.userId, name: 'Zoé' }],
      people: 1,
    });
    expect(meeting.participants.find((p) => p.id === memberB)?.staff.map((p) => p.name)).not.toContain('Zoé');
    const listed = await listMeetings(deps)(coordinator, {});
    expect(listed.items.find((m) => m.id === first)).toMatchObject({ present: 2, people: 3 });
    // Back as it was: memberB excused.
    await recordAttendance(deps)(coordinator, {
      meetingId: first,
      attendance: [{ organizationId: memberB, status: 'excused' }],
    });
  });

  it('lists every open action across members for the coordination, filtered by member and overdue', async () => {
    now = new Date('2026-04-10T09:00:00Z');
    const overdue = (
      await addAction(deps)(coordinator, {
        meetingId: first,
        title: 'Relancer les partenaires',
        ownerOrganizationId: memberC,
        dueOn: '2026-04-01',
      })
    ).id;
    const all = await openActions(deps)(coordinator, {});
    expect(all.today).toBe('2026-04-10');
    expect(all.items.map((a) => a.title)).toEqual(['Relancer les partenaires', 'Former les tuteurs']);
    expect((await openActions(deps)(coordinator, { overdue: true })).items.map((a) => a.id)).toEqual([
      overdue,
    ]);
    expect(
      (await openActions(deps)(coordinator, { organizationId: memberB })).items.map((a) => a.owner.name),
    ).toEqual(['Bastide B']);
    expect((await openActions(deps)(counselorB, {})).items.map((a) => a.title)).toEqual([
      'Former les tuteurs',
    ]);
    expect((await openActions(deps)(outsider, {})).items).toEqual([]);
  });
});
