import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenFollowUpScene } from '../../../../test/support/follow-up-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { runDueJobs } from '../../../core/jobs/job-queue.js';
import { followUpJobHandlers, scheduleAppointmentReminderSweep } from '../jobs.js';
import { cancelAppointment } from './cancel-appointment.js';
import { personFollowUp } from './person-follow-up.js';
import { rescheduleAppointment } from './reschedule-appointment.js';
import { scheduleAppointment } from './schedule-appointment.js';

let database: TestDatabase;
const clock = fixedClock('2026-03-09T08:00:00Z');
let scene: Awaited<ReturnType<typeof givenFollowUpScene>>;
let personId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenFollowUpScene(database, clock);
  personId = await scene.newPerson('Amina', { email: 'amina@example.org' });
});
afterAll(() => database.close());

const drain = async () => {
  for (let i = 0; i < 4; i++) await runDueJobs(scene.deps, followUpJobHandlers, { limit: 100 });
};
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('scheduling an appointment', () => {
  it('invites by e-mail with an .ics the staff, the partner with an address and the person; updates and cancels the same event', async () => {
    const { id, conflicts } = await scheduleAppointment(scene.deps)(scene.staff.counselor, {
      personId,
      mode: 'video',
      meetingLink: 'https://meet.example.org/amina-1',
      startsAt: '2026-03-10T15:00:00Z',
      durationMinutes: 45,
      staffUserIds: [scene.staff.counselor.actor.userId, scene.staff.colleague.actor.userId],
      partners: [
        { name: 'Jo Martin', organization: 'Pôle emploi', email: 'jo@partner.example' },
        { name: 'No Mail', organization: null },
      ],
    });
    expect(conflicts).toEqual([]);
    await drain();
    const recipients = scene.deps.mailer.messages.map((m) => m.to).sort();
    expect(recipients).toEqual(
      [
        'amina@example.org',
        'jo@partner.example',
        `${scene.staff.counselor.actor.userId}@example.test`,
        `${scene.staff.colleague.actor.userId}@example.test`,
      ].sort(),
    );
    const invitation = scene.deps.mailer.to('amina@example.org')[0]!;
    const ics = unfold(invitation.attachments![0]!.content);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:${id}@passerelle.test`);
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain('DTSTART:20260310T150000Z');
    expect(ics).toContain('URL;VALUE=URI:https://meet.example.org/amina-1');
    expect(invitation.text).toContain('https://meet.example.org/amina-1');

    // The person's address was read by the job: audited, without the address.
    const audits = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('resource_id', '=', id)
      .execute();
    expect(audits.map((a) => a.action).sort()).toEqual(['appointment.invitation', 'appointment.schedule']);
    expect(JSON.stringify(audits)).not.toContain('amina@example.org');

    await rescheduleAppointment(scene.deps)(scene.staff.counselor, {
      appointmentId: id,
      startsAt: '2026-03-11T15:00:00Z',
      durationMinutes: 60,
    });
    await drain();
    const update = unfold(scene.deps.mailer.to('amina@example.org')[0]!.attachments![0]!.content);
    expect(update).toContain('SEQUENCE:1');
    expect(update).toContain('DTSTART:20260311T150000Z');

    await cancelAppointment(scene.deps)(scene.staff.counselor, {
      appointmentId: id,
      reason: 'Person unwell',
    });
    await drain();
    const cancellation = unfold(scene.deps.mailer.to('amina@example.org')[0]!.attachments![0]!.content);
    expect(cancellation).toContain('METHOD:CANCEL');
    expect(cancellation).toContain(`UID:${id}@passerelle.test`);
    expect(cancellation).toContain('SEQUENCE:2');
    expect(scene.deps.mailer.to('amina@example.org')).toHaveLength(3);

    await expect(
      rescheduleAppointment(scene.deps)(scene.staff.counselor, {
        appointmentId: id,
        startsAt: '2026-03-12T15:00:00Z',
        durationMinutes: 60,
      }),
    ).rejects.toMatchObject({ code: 'APPOINTMENT_CANCELLED' });
    const events = await database.db
      .selectFrom('timeline_events')
      .select(['kind'])
      .where('resource_id', '=', id)
      .orderBy('recorded_at')
      .execute();
    expect(events.map((e) => e.kind)).toEqual(['appointment.scheduled', 'appointment.cancelled']);
  });

  it('warns of overlaps in a staff member’s agenda without refusing, and ignores cancelled ones', async () => {
    const first = await scheduleAppointment(scene.deps)(scene.staff.counselor, {
      personId,
      mode: 'phone',
      startsAt: '2026-03-16T09:00:00Z',
      durationMinutes: 60,
    });
    const touching = await scheduleAppointment(scene.deps)(scene.staff.counselor, {
      personId,
      mode: 'phone',
      startsAt: '2026-03-16T10:00:00Z',
      durationMinutes: 30,
    });
    expect(touching.conflicts).toEqual([]);
    const overlapping = await scheduleAppointment(scene.deps)(scene.staff.counselor, {
      personId,
      mode: 'in_person',
      place: 'Bureau 2',
      startsAt: '2026-03-16T09:30:00Z',
      durationMinutes: 60,
    });
    expect(overlapping.conflicts.map((c) => c.appointmentId).sort()).toEqual([first.id, touching.id].sort());
    // The colleague's agenda is free at that time.
    const colleagues = await scheduleAppointment(scene.deps)(scene.staff.colleague, {
      personId,
      mode: 'phone',
      startsAt: '2026-03-16T09:30:00Z',
      durationMinutes: 30,
    });
    expect(colleagues.conflicts).toEqual([]);
    await cancelAppointment(scene.deps)(scene.staff.counselor, { appointmentId: first.id });
    const moved = await rescheduleAppointment(scene.deps)(scene.staff.counselor, {
      appointmentId: overlapping.id,
      startsAt: '2026-03-16T09:00:00Z',
      durationMinutes: 60,
    });
    expect(moved.conflicts).toEqual([]);
  });

  it('refuses what cannot be an appointment, and changes nothing', async () => {
    const before = (await personFollowUp(scene.deps)(scene.staff.counselor, { personId })).appointments
      .length;
    const base = { personId, startsAt: '2026-03-20T09:00:00Z', durationMinutes: 30 };
    await expect(
      scheduleAppointment(scene.deps)(scene.staff.counselor, { ...base, mode: 'video' }),
    ).rejects.toMatchObject({ code: 'APPOINTMENT_LINK_REQUIRED' });
    await expect(
      scheduleAppointment(scene.deps)(scene.staff.counselor, { ...base, mode: 'in_person' }),
    ).rejects.toMatchObject({ code: 'APPOINTMENT_PLACE_REQUIRED' });
    await expect(
      scheduleAppointment(scene.deps)(scene.staff.counselor, {
        ...base,
        mode: 'phone',
        staffUserIds: [scene.staff.outsider.actor.userId],
      }),
    ).rejects.toMatchObject({ code: 'APPOINTMENT_STAFF_NOT_FOUND' });
    await expect(
      scheduleAppointment(scene.deps)(scene.staff.outsider, { ...base, mode: 'phone' }),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    await expect(
      scheduleAppointment(scene.deps)(scene.staff.funder, { ...base, mode: 'phone' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      scheduleAppointment(scene.deps)(scene.staff.counselor, { ...base, mode: 'phone', durationMinutes: 2 }),
    ).rejects.toThrow();
    const after = (await personFollowUp(scene.deps)(scene.staff.counselor, { personId })).appointments.length;
    expect(after).toBe(before);
  });

  it('reminds every participant the day before, through the queue, and not after a change', async () => {
    const sent = scene.deps.mailer.messages.length;
    const { id } = await scheduleAppointment(scene.deps)(scene.staff.counselor, {
      personId,
      mode: 'phone',
      startsAt: '2026-03-25T14:00:00Z',
      durationMinutes: 30,
    });
    const moved = await scheduleAppointment(scene.deps)(scene.staff.counselor, {
      personId,
      mode: 'phone',
      startsAt: '2026-03-25T16:00:00Z',
      durationMinutes: 30,
    });
    await drain();
    clock.set('2026-03-24T06:00:00Z');
    await scheduleAppointmentReminderSweep(scene.deps);
    clock.set('2026-03-24T07:00:00Z');
    await runDueJobs(scene.deps, followUpJobHandlers, { limit: 100 });
    // Moved after the sweep planned its reminder: that reminder is dropped.
    await rescheduleAppointment(scene.deps)(scene.staff.counselor, {
      appointmentId: moved.id,
      startsAt: '2026-03-26T16:00:00Z',
      durationMinutes: 30,
    });
    await drain();
    const reminders = scene.deps.mailer.messages
      .slice(0, scene.deps.mailer.messages.length - sent)
      .filter((m) => m.subject.startsWith('Rappel') || m.subject.startsWith('Reminder'));
    expect(reminders.map((m) => m.to).sort()).toEqual(
      ['amina@example.org', `${scene.staff.counselor.actor.userId}@example.test`].sort(),
    );
    expect(reminders.every((m) => m.text.includes('14:00'))).toBe(true);
    expect(id).toBeTruthy();
    // The sweep planned tomorrow's sweep: a restart loses nothing.
    const next = await database.db
      .selectFrom('jobs')
      .select('dedupe_key')
      .where('dedupe_key', '=', 'follow-up.reminder-sweep:2026-03-25')
      .execute();
    expect(next).toHaveLength(1);
  });
});
