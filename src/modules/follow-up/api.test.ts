import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenAppointment, givenFollowUpScene, givenNote } from '../../../test/support/follow-up-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { fixedClock } from '../../core/clock.js';
import { followUpSignalsOf, personIdsBelowIntensity, personIdsWithMissedAppointments } from './api.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenFollowUpScene>>;
const people: Record<'oneContact' | 'twoContacts' | 'missed' | 'notEnrolled' | 'ended', string> = {
  oneContact: '',
  twoContacts: '',
  missed: '',
  notEnrolled: '',
  ended: '',
};
const today = '2026-03-31';

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenFollowUpScene(database, fixedClock('2026-03-31T12:00:00Z'));
  const org = scene.organization.id;
  const staffUserId = scene.staff.counselor.actor.userId;
  people.oneContact = await scene.newPerson('One', { enrolledOn: '2026-01-05' });
  people.twoContacts = await scene.newPerson('Two', { enrolledOn: '2026-01-05' });
  people.missed = await scene.newPerson('Missed', { enrolledOn: '2026-01-05' });
  people.notEnrolled = await scene.newPerson('Free');
  const on = (personId: string) => ({
    organizationId: org,
    personId,
    staffUserId,
    authorUserId: staffUserId,
  });

  // One contact: the first day of the window counts, the day before does not; cancelled and future ones never.
  await givenAppointment(database, {
    ...on(people.oneContact),
    startsAt: '2026-03-02T00:00:00Z',
    status: 'held',
  });
  await givenNote(database, {
    ...on(people.oneContact),
    occurredAt: '2026-03-01T23:59:59Z',
    kind: 'phone_call',
  });
  await givenAppointment(database, {
    ...on(people.oneContact),
    startsAt: '2026-03-20T09:00:00Z',
    status: 'cancelled',
  });
  await givenAppointment(database, {
    ...on(people.oneContact),
    startsAt: '2026-04-01T00:00:00Z',
    status: 'held',
  });
  await givenAppointment(database, {
    ...on(people.oneContact),
    startsAt: '2026-04-02T09:00:00Z',
    status: 'scheduled',
  });
  await givenAppointment(database, {
    ...on(people.oneContact),
    startsAt: '2026-04-09T09:00:00Z',
    status: 'scheduled',
  });
  // Another organization's contacts are not this one's.
  await givenAppointment(database, {
    organizationId: scene.other.id,
    personId: people.oneContact,
    staffUserId: scene.staff.outsider.actor.userId,
    startsAt: '2026-03-15T09:00:00Z',
    status: 'held',
  });

  // Two contacts: a held appointment with its note counts once; a partner exchange never; a message does.
  const held = await givenAppointment(database, {
    ...on(people.twoContacts),
    startsAt: '2026-03-31T23:00:00Z',
    status: 'held',
  });
  await givenNote(database, {
    ...on(people.twoContacts),
    occurredAt: '2026-03-31T23:30:00Z',
    kind: 'individual_interview',
    appointmentId: held,
  });
  await givenNote(database, {
    ...on(people.twoContacts),
    occurredAt: '2026-03-20T10:00:00Z',
    kind: 'partner_exchange',
  });
  await givenNote(database, {
    ...on(people.twoContacts),
    occurredAt: '2026-03-15T10:00:00Z',
    kind: 'message',
  });

  // A no-show followed by a phone call: the call is a contact of its own.
  const missed = await givenAppointment(database, {
    ...on(people.missed),
    startsAt: '2026-03-10T09:00:00Z',
    status: 'missed',
  });
  await givenNote(database, {
    ...on(people.missed),
    occurredAt: '2026-03-10T11:00:00Z',
    kind: 'phone_call',
    appointmentId: missed,
  });
  await givenAppointment(database, {
    ...on(people.missed),
    startsAt: '2026-01-01T09:00:00Z',
    status: 'missed',
  });
  await givenAppointment(database, {
    ...on(people.missed),
    startsAt: '2025-12-31T23:59:00Z',
    status: 'missed',
  });
});
afterAll(() => database.close());

describe('follow-up signals for the caseload', () => {
  it('counts contacts in the 30 days ending today, the last contact, the next appointment and missed ones in 90 days', async () => {
    const signals = await followUpSignalsOf(
      database.db,
      scene.organization.id,
      Object.values(people).filter(Boolean),
      today,
      'UTC',
    );
    expect(signals.get(people.oneContact)).toEqual({
      contactsLast30Days: 1,
      lastContactOn: '2026-03-02',
      nextAppointmentAt: '2026-04-02T09:00:00.000Z',
      missedAppointments: 0,
    });
    expect(signals.get(people.twoContacts)).toEqual({
      contactsLast30Days: 2,
      lastContactOn: '2026-03-31',
      nextAppointmentAt: null,
      missedAppointments: 0,
    });
    expect(signals.get(people.missed)).toEqual({
      contactsLast30Days: 1,
      lastContactOn: '2026-03-10',
      nextAppointmentAt: null,
      missedAppointments: 2,
    });
    expect(signals.get(people.notEnrolled)).toEqual({
      contactsLast30Days: 0,
      lastContactOn: null,
      nextAppointmentAt: null,
      missedAppointments: 0,
    });
  });

  it("counts the organization's days, not UTC's: a contact at 20:00 on 31 March in New York is of that day", async () => {
    const signals = await followUpSignalsOf(
      database.db,
      scene.organization.id,
      [people.oneContact],
      today,
      'America/New_York',
    );
    // Held at 00:00 UTC on 1 April (31 March there) it counts; the one at 00:00 UTC on 2 March was held on
    // 1 March there, before the window.
    expect(signals.get(people.oneContact)).toMatchObject({
      contactsLast30Days: 1,
      lastContactOn: '2026-03-31',
    });
    const below = await personIdsBelowIntensity(
      database.db,
      scene.organization.id,
      today,
      'America/New_York',
    ).execute();
    expect(below.map((r) => r.person_id)).toContain(people.oneContact);
  });

  it('another organization sees none of these contacts', async () => {
    const signals = await followUpSignalsOf(database.db, scene.other.id, [people.twoContacts], today, 'UTC');
    expect(signals.get(people.twoContacts)?.contactsLast30Days).toBe(0);
  });

  it('flags people enrolled in a program that expects two contacts and who had fewer', async () => {
    const below = await personIdsBelowIntensity(database.db, scene.organization.id, today, 'UTC').execute();
    expect(below.map((r) => r.person_id).sort()).toEqual([people.oneContact, people.missed].sort());
    // A day later the first day of the window has passed: the person with two contacts keeps them.
    const later = await personIdsBelowIntensity(
      database.db,
      scene.organization.id,
      '2026-04-01',
      'UTC',
    ).execute();
    expect(later.map((r) => r.person_id)).toContain(people.oneContact);
    expect(later.map((r) => r.person_id)).not.toContain(people.twoContacts);
  });

  it('lists people with a missed appointment in the 90 days ending today', async () => {
    const missed = await personIdsWithMissedAppointments(
      database.db,
      scene.organization.id,
      today,
      'UTC',
    ).execute();
    expect(missed.map((r) => r.person_id)).toEqual([people.missed]);
    const afterTheCall = await personIdsWithMissedAppointments(
      database.db,
      scene.organization.id,
      '2026-06-09',
      'UTC',
    ).execute();
    expect(afterTheCall.map((r) => r.person_id)).toEqual([]);
  });
});
