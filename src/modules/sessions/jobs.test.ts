import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../test/support/fixtures.js';
import { testDeps } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { fixedClock } from '../../core/clock.js';
import { runDueJobs } from '../../core/jobs/job-queue.js';
import { createPerson } from '../people/use-cases/create-person.js';
import { scheduleSessionReminderSweep, sessionJobHandlers } from './jobs.js';
import { cancelMeeting } from './use-cases/change-meeting.js';
import { createSessionType } from './use-cases/create-session-type.js';
import { enrolParticipant } from './use-cases/enrol-participant.js';
import { getSeries } from './use-cases/get-series.js';
import { planSeries } from './use-cases/plan-series.js';
import { withdrawParticipant } from './use-cases/withdraw-participant.js';

let database: TestDatabase;
const clock = fixedClock('2026-02-01T09:00:00Z');
let deps: ReturnType<typeof testDeps>;
beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
});
afterAll(() => database.close());

const drain = async () => {
  for (let i = 0; i < 4; i++) await runDueJobs(deps, sessionJobHandlers, { limit: 100 });
};

describe('session invitations and reminders through the job queue', () => {
  it('e-mails a calendar to each seated participant, promotes with an invitation, and reminds the day before', async () => {
    const org = await givenOrganization(database.db, { name: 'Mission Locale de Toulouse' });
    const coordinator = await givenStaff(database.db, org.id, 'coordinator');
    const counselor = await givenStaff(database.db, org.id, 'counselor');
    const type = await createSessionType(deps)(coordinator, {
      code: 'CV',
      nameFr: 'Atelier CV',
      nameEn: 'CV workshop',
      kind: 'workshop',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 120,
      capacity: 1,
      mode: 'virtual',
    });
    await expect(
      createSessionType(deps)(coordinator, {
        code: 'CV',
        nameFr: 'x',
        nameEn: 'x',
        kind: 'workshop',
        audience: 'beneficiaries',
        language: 'fr',
        durationMinutes: 60,
        mode: 'virtual',
      }),
    ).rejects.toMatchObject({ code: 'SESSION_TYPE_CODE_TAKEN' });
    const { id: seriesId } = await planSeries(deps)(coordinator, {
      sessionTypeId: type.id,
      title: 'Atelier CV et lettre de motivation',
      meetingLink: 'https://visio.example.org/cv',
      meetings: [{ startsAt: '2026-02-10T13:00:00Z' }, { startsAt: '2026-02-17T13:00:00Z' }],
    });
    const amina = await createPerson(deps)(counselor, {
      identity: {
        givenName: 'Amina',
        familyName: 'Haddad',
        email: 'amina@example.test',
        preferredLanguage: 'fr',
      },
    });
    const yonas = await createPerson(deps)(counselor, {
      identity: {
        givenName: 'Yonas',
        familyName: 'Tesfaye',
        email: 'yonas@example.test',
        preferredLanguage: 'en',
      },
    });
    const first = await enrolParticipant(deps)(counselor, { seriesId, personId: amina.id });
    const second = await enrolParticipant(deps)(counselor, { seriesId, personId: yonas.id });
    expect(second.status).toBe('waitlisted');
    await drain();
    expect(deps.mailer.messages.map((m) => [m.to, m.subject])).toEqual([
      ['amina@example.test', 'Inscription : Atelier CV et lettre de motivation'],
    ]);
    const ics = deps.mailer.messages[0]?.attachments?.[0]?.content ?? '';
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART:20260210T130000Z');

    // Amina leaves: Yonas gets her seat and his invitation, in English.
    await withdrawParticipant(deps)(counselor, { enrolmentId: first.id });
    await drain();
    expect(deps.mailer.messages[0]).toMatchObject({
      to: 'yonas@example.test',
      subject: 'Enrolled: Atelier CV et lettre de motivation',
    });

    // The day before the first meeting, the seated participant is reminded once; the second meeting is cancelled.
    const series = await getSeries(deps)(coordinator, { seriesId });
    await cancelMeeting(deps)(coordinator, { meetingId: series.meetingsList[1]!.id, reason: 'Holiday' });
    clock.set('2026-02-09T07:30:00Z');
    await scheduleSessionReminderSweep(deps);
    await drain();
    await scheduleSessionReminderSweep(deps);
    await drain();
    const reminders = deps.mailer.messages.filter((m) => m.subject.startsWith('Reminder'));
    expect(reminders.map((m) => m.to)).toEqual(['yonas@example.test']);
    clock.set('2026-02-16T07:30:00Z'); // the cancelled meeting's eve: no reminder
    await drain();
    expect(deps.mailer.messages.filter((m) => m.subject.startsWith('Reminder'))).toHaveLength(1);
  });
});
