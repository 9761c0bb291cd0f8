import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenFollowUpScene } from '../../../../test/support/follow-up-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { followUpSignalsOf } from '../api.js';
import { cancelAppointment } from './cancel-appointment.js';
import { recordOutcome } from './record-outcome.js';
import { scheduleAppointment } from './schedule-appointment.js';

let database: TestDatabase;
const clock = fixedClock('2026-03-09T08:00:00Z');
let scene: Awaited<ReturnType<typeof givenFollowUpScene>>;
let personId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenFollowUpScene(database, clock);
  personId = await scene.newPerson('Yonas', { enrolledOn: '2026-03-01' });
});
afterAll(() => database.close());

const schedule = (startsAt: string) =>
  scheduleAppointment(scene.deps)(scene.staff.counselor, {
    personId,
    mode: 'phone',
    startsAt,
    durationMinutes: 30,
  });

describe('recording what happened', () => {
  it('held once begun, corrected into missed with an audited correction; the contact count follows', async () => {
    const { id } = await schedule('2026-03-09T09:00:00Z');
    await expect(
      recordOutcome(scene.deps)(scene.staff.counselor, { appointmentId: id, status: 'held' }),
    ).rejects.toMatchObject({ code: 'APPOINTMENT_NOT_STARTED' });
    clock.set('2026-03-09T09:00:00Z');
    expect(
      await recordOutcome(scene.deps)(scene.staff.counselor, { appointmentId: id, status: 'held' }),
    ).toEqual({
      status: 'held',
      correction: false,
    });
    const signals = () =>
      followUpSignalsOf(database.db, scene.organization.id, [personId], '2026-03-09', 'UTC');
    expect((await signals()).get(personId)?.contactsLast30Days).toBe(1);

    expect(
      await recordOutcome(scene.deps)(scene.staff.referent, {
        appointmentId: id,
        status: 'missed',
        outcomeNote: 'No-show',
      }),
    ).toEqual({ status: 'missed', correction: true });
    expect((await signals()).get(personId)).toMatchObject({ contactsLast30Days: 0, missedAppointments: 1 });
    const audits = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('resource_id', '=', id)
      .orderBy('occurred_at')
      .execute();
    expect(audits.map((a) => a.action)).toEqual([
      'appointment.schedule',
      'appointment.outcome',
      'appointment.outcome_correction',
    ]);
    expect(JSON.stringify(audits)).not.toContain('No-show');
    await expect(
      cancelAppointment(scene.deps)(scene.staff.counselor, { appointmentId: id }),
    ).rejects.toMatchObject({
      code: 'APPOINTMENT_ALREADY_PAST',
    });
    const events = await database.db
      .selectFrom('timeline_events')
      .select(['kind', 'occurred_at'])
      .where('resource_id', '=', id)
      .orderBy('recorded_at')
      .execute();
    expect(events.map((e) => e.kind)).toEqual([
      'appointment.scheduled',
      'appointment.held',
      'appointment.missed',
    ]);
    expect(events[1]!.occurred_at.toISOString()).toBe('2026-03-09T09:00:00.000Z');
  });

  it('a cancelled appointment stays cancelled, and other organizations do not see it', async () => {
    const { id } = await schedule('2026-03-12T09:00:00Z');
    await cancelAppointment(scene.deps)(scene.staff.counselor, { appointmentId: id });
    clock.set('2026-03-12T10:00:00Z');
    await expect(
      recordOutcome(scene.deps)(scene.staff.counselor, { appointmentId: id, status: 'held' }),
    ).rejects.toMatchObject({ code: 'APPOINTMENT_CANCELLED' });
    await expect(
      recordOutcome(scene.deps)(scene.staff.outsider, { appointmentId: id, status: 'held' }),
    ).rejects.toMatchObject({ code: 'APPOINTMENT_NOT_FOUND' });
    // Cancelling twice is harmless.
    expect(await cancelAppointment(scene.deps)(scene.staff.counselor, { appointmentId: id })).toEqual({
      status: 'cancelled',
    });
  });
});
