import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../test/support/fixtures.js';
import { testDeps } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { fixedClock } from '../../core/clock.js';
import { runDueJobs } from '../../core/jobs/job-queue.js';
import { createPerson } from '../people/use-cases/create-person.js';
import { appointmentMail } from './appointment-mail.js';
import { followUpJobHandlers, scheduleAppointmentReminderSweep } from './jobs.js';
import { agenda } from './use-cases/agenda.js';
import { scheduleAppointment } from './use-cases/schedule-appointment.js';

let database: TestDatabase;
const clock = fixedClock('2026-11-30T08:00:00Z');
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function scene(timeZone: string, country: string, email: string) {
  const deps = testDeps(database, clock);
  const organization = await givenOrganization(database.db, { country, timeZone });
  const counselor = await givenStaff(database.db, organization.id, 'counselor');
  const { id: personId } = await createPerson(deps)(counselor, {
    identity: { givenName: 'Amina', familyName: 'Test', referentUserId: counselor.actor.userId, email },
  });
  const drain = async () => {
    for (let i = 0; i < 4; i++) await runDueJobs(deps, followUpJobHandlers, { limit: 100 });
  };
  return { deps, counselor, personId, drain };
}

describe('appointment e-mails in the organization’s time zone', () => {
  it('writes the time as it is read where the organization works, never in UTC', () => {
    const mail = appointmentMail({
      kind: 'invitation',
      locale: 'fr',
      name: 'Amina',
      organizationName: 'PROMIS',
      mode: 'in_person',
      startsAt: new Date('2026-12-03T17:00:00Z'),
      durationMinutes: 45,
      where: 'PROMIS — Côte-des-Neiges',
      timeZone: 'America/Toronto',
      country: 'CA',
    });
    expect(mail.text).toContain('jeudi 3 décembre 2026 à 12 h 00 (heure de l’Est)');
    expect(mail.text).not.toContain('UTC');
    const paris = appointmentMail({
      kind: 'reminder',
      locale: 'en',
      name: 'Jo',
      organizationName: 'Mission Locale de Toulouse',
      mode: 'phone',
      startsAt: new Date('2026-12-03T09:00:00Z'),
      durationMinutes: 30,
      where: null,
      timeZone: 'Europe/Paris',
      country: 'FR',
    });
    expect(paris.text).toContain('Thursday, 3 December 2026 at 10:00 (Central European Time)');
  });

  it('sends the invitation with the Montréal time of an appointment at noon there', async () => {
    const s = await scene('America/Toronto', 'CA', 'amina.mtl@example.org');
    await scheduleAppointment(s.deps)(s.counselor, {
      personId: s.personId,
      mode: 'phone',
      startsAt: '2026-12-03T17:00:00Z',
      durationMinutes: 30,
    });
    await s.drain();
    const [mail] = s.deps.mailer.to('amina.mtl@example.org');
    expect(mail?.text).toContain('12 h 00 (heure de l’Est)');
    expect(mail?.text).not.toContain('(UTC)');
  });

  it('reminds the day before in the organization’s zone, whatever the UTC day of the appointment', async () => {
    // 20:00 on 3 December in Montréal is 01:00 on the 4th in UTC; 00:30 on the 3rd in Paris is the 2nd in
    // UTC: both are reminded on the 2nd, the day before where they take place.
    const montreal = await scene('America/Toronto', 'CA', 'evening.mtl@example.org');
    const paris = await scene('Europe/Paris', 'FR', 'early.paris@example.org');
    await scheduleAppointment(montreal.deps)(montreal.counselor, {
      personId: montreal.personId,
      mode: 'phone',
      startsAt: '2026-12-04T01:00:00Z',
      durationMinutes: 30,
    });
    await scheduleAppointment(paris.deps)(paris.counselor, {
      personId: paris.personId,
      mode: 'phone',
      startsAt: '2026-12-02T23:30:00Z',
      durationMinutes: 30,
    });
    await montreal.drain();
    const reminders = () =>
      montreal.deps.mailer.messages
        .filter((m) => m.subject.startsWith('Rappel') && /^(early|evening)\./.test(m.to))
        .map((m) => m.to);
    clock.set('2026-12-01T07:00:00Z');
    await scheduleAppointmentReminderSweep(montreal.deps);
    await montreal.drain();
    // In UTC, the Paris appointment (the 2nd there) would have been reminded two days before.
    expect(reminders()).toEqual([]);
    clock.set('2026-12-02T07:00:00Z');
    await scheduleAppointmentReminderSweep(montreal.deps);
    await montreal.drain();
    expect(reminders().sort()).toEqual(['early.paris@example.org', 'evening.mtl@example.org']);
  });

  it('puts an evening appointment on its day of the organization’s agenda, not on the next UTC day', async () => {
    const s = await scene('America/Toronto', 'CA', 'agenda.mtl@example.org');
    const evening = await scheduleAppointment(s.deps)(s.counselor, {
      personId: s.personId,
      mode: 'phone',
      startsAt: '2026-12-04T01:30:00Z', // 20:30 on 3 December in Montréal
      durationMinutes: 30,
    });
    const day = async (date: string) =>
      (await agenda(s.deps)(s.counselor, { view: 'day', date })).items.map((i) => i.id);
    expect(await day('2026-12-03')).toEqual([evening.id]);
    expect(await day('2026-12-04')).toEqual([]);
    // The week of Monday 30 November holds it too.
    const week = await agenda(s.deps)(s.counselor, { view: 'week', date: '2026-12-03' });
    expect(week.items.map((i) => i.id)).toEqual([evening.id]);
  });
});
