import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { attendanceOfParticipant } from './attendance-of-participant.js';
import { createSessionType } from './create-session-type.js';
import { enrolParticipant } from './enrol-participant.js';
import { planSeries } from './plan-series.js';
import { recordRollCall } from './record-roll-call.js';
import { withdrawParticipant } from './withdraw-participant.js';

let database: TestDatabase;
const clock = fixedClock('2026-01-01T08:00:00Z');
let deps: ReturnType<typeof testDeps>;
let staff: Record<
  'coordinator' | 'counselor' | 'colleague' | 'outsider',
  Awaited<ReturnType<typeof givenStaff>>
>;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const siae = await givenOrganization(database.db, { name: 'Chantier Bastide Solidaire' });
  const other = await givenOrganization(database.db, { name: 'Other SIAE' });
  staff = {
    coordinator: await givenStaff(database.db, siae.id, 'coordinator'),
    counselor: await givenStaff(database.db, siae.id, 'counselor'),
    colleague: await givenStaff(database.db, siae.id, 'counselor'),
    outsider: await givenStaff(database.db, other.id, 'counselor'),
  };
});
afterAll(() => database.close());

/** Two 3-hour meetings a week for ten weeks, from Monday 5 January 2026. */
function tenWeeksTwiceAWeek(): { startsAt: string }[] {
  const monday = Date.parse('2026-01-05T09:00:00Z');
  return Array.from({ length: 20 }, (_, i) => ({
    startsAt: new Date(monday + Math.floor(i / 2) * 7 * 86_400_000 + (i % 2) * 3 * 86_400_000).toISOString(),
  }));
}

describe('a 10-week French class with 12 seats', () => {
  it('enrols 12, waitlists 2, promotes on withdrawal, takes concurrent roll calls and decides attestations at 80 %', async () => {
    const type = await createSessionType(deps)(staff.coordinator, {
      code: 'FLE-A2',
      nameFr: 'Français langue étrangère A2',
      nameEn: 'French as a foreign language A2',
      kind: 'language_class',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 180,
      capacity: 12,
      mode: 'in_person',
      attestationRule: { minAttendancePercent: 80, requireCompleteRollCall: true },
    });
    const series = await planSeries(deps)(staff.coordinator, {
      sessionTypeId: type.id,
      title: 'FLE A2 — hiver 2026',
      place: 'Salle 2, Bordeaux',
      meetings: tenWeeksTwiceAWeek(),
    });
    const people: string[] = [];
    for (let i = 0; i < 14; i++) {
      people.push(
        (
          await createPerson(deps)(staff.counselor, {
            identity: { givenName: `P${i}`, familyName: 'Learner' },
          })
        ).id,
      );
    }
    const enrolments: { id: string; status: string }[] = [];
    for (const personId of people)
      enrolments.push(await enrolParticipant(deps)(staff.counselor, { seriesId: series.id, personId }));
    expect(enrolments.filter((e) => e.status === 'enrolled')).toHaveLength(12);
    expect(enrolments.slice(12).map((e) => e.status)).toEqual(['waitlisted', 'waitlisted']);
    await expect(
      enrolParticipant(deps)(staff.counselor, { seriesId: series.id, personId: people[0]! }),
    ).rejects.toMatchObject({
      code: 'SESSION_ALREADY_ENROLLED',
    });
    await expect(
      enrolParticipant(deps)(staff.outsider, { seriesId: series.id, personId: people[0]! }),
    ).rejects.toMatchObject({
      code: 'SESSION_NOT_FOUND',
    });

    clock.set('2026-01-02T08:00:00Z'); // a day later, one of them withdraws
    const { promoted } = await withdrawParticipant(deps)(staff.counselor, { enrolmentId: enrolments[3]!.id });
    expect(promoted).toEqual([enrolments[12]!.id]);
    const seated = enrolments.filter((_, i) => i !== 3 && i !== 13).map((e) => e.id);
    expect(seated).toHaveLength(12);

    clock.set('2026-03-20T18:00:00Z'); // every meeting is over
    const { meetingsOf } = (await import('../adapters/sessions-repository.js')).sessionsRepository(
      database.db,
    );
    const meetings = await meetingsOf(series.id);
    const [full, mostly, rarely] = seated;
    for (const [index, meeting] of meetings.entries()) {
      const everyoneElse = seated.slice(3).map((enrolmentId) => ({ enrolmentId, mark: 'present' as const }));
      // Two counselors take the roll call at once, each for part of the group: no mark is lost.
      await Promise.all([
        recordRollCall(deps)(staff.counselor, {
          meetingId: meeting.id,
          marks: [
            { enrolmentId: full!, mark: 'present' },
            // Four meetings missed of twenty: exactly 20 % absence.
            { enrolmentId: mostly!, mark: index < 4 ? 'unexcused_absence' : 'present' },
            {
              enrolmentId: rarely!,
              mark: index < 4 ? 'excused_absence' : index === 4 ? 'late' : 'present',
              minutesMissed: index === 4 ? 1 : 0,
            },
          ],
        }),
        recordRollCall(deps)(staff.colleague, { meetingId: meeting.id, marks: everyoneElse }),
      ]);
    }
    const marks = await database.db
      .selectFrom('session_attendance')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(marks.n)).toBe(20 * 12);

    const of = (enrolmentId: string) => attendanceOfParticipant(deps)(staff.counselor, { enrolmentId });
    expect((await of(full!)).attestation).toEqual({
      outcome: 'granted',
      attendedMinutes: 3600,
      scheduledMinutes: 3600,
    });
    expect((await of(mostly!)).attestation).toMatchObject({ outcome: 'granted', attendedMinutes: 2880 });
    // One minute late on top of 20 % absence: refused, one minute short.
    expect((await of(rarely!)).attestation).toEqual({
      outcome: 'refused',
      attendedMinutes: 2879,
      scheduledMinutes: 3600,
      missingMinutes: 1,
    });
    expect((await of(rarely!)).totals).toMatchObject({ excusedAbsences: 4, unexcusedAbsences: 0 });

    // A correction (the late arrival was on time) is a new mark for the same meeting, not a second one.
    await recordRollCall(deps)(staff.counselor, {
      meetingId: meetings[4]!.id,
      marks: [{ enrolmentId: rarely!, mark: 'present' }],
    });
    expect((await of(rarely!)).attestation).toMatchObject({ outcome: 'granted', attendedMinutes: 2880 });

    // The file of each person tells the story: enrolment or waitlist, withdrawal, promotion, each meeting.
    const kindsOf = async (personId: string) =>
      (
        await database.db
          .selectFrom('timeline_events')
          .select(['kind', 'data', 'organization_id as organizationId', 'occurred_at as occurredAt'])
          .where('person_id', '=', personId)
          .where('module', '=', 'sessions')
          .orderBy('occurred_at')
          .orderBy('recorded_at')
          .execute()
      ).map((e) => ({ ...e, data: typeof e.data === 'string' ? JSON.parse(e.data) : e.data }));
    const personOf = (enrolmentId: string) => people[enrolments.findIndex((e) => e.id === enrolmentId)]!;
    expect((await kindsOf(people[3]!)).map((e) => e.kind)).toEqual(['session.enrolled', 'session.withdrawn']);
    expect((await kindsOf(people[13]!)).map((e) => e.kind)).toEqual(['session.waitlisted']);
    const promotedStory = await kindsOf(people[12]!);
    expect(promotedStory.slice(0, 2).map((e) => e.kind)).toEqual(['session.waitlisted', 'session.promoted']);
    expect(promotedStory).toHaveLength(2 + 20);
    expect(promotedStory[0]).toMatchObject({ data: { title: 'FLE A2 — hiver 2026' } });
    const rarelyStory = await kindsOf(personOf(rarely!));
    expect(rarelyStory.slice(0, 5).map((e) => e.kind)).toEqual([
      'session.enrolled',
      ...Array(4).fill('session.excused'),
    ]);
    // The fifth meeting: the late arrival, then its correction (both dated at the meeting, saved at once).
    expect(
      rarelyStory
        .slice(5, 7)
        .map((e) => e.kind)
        .sort(),
    ).toEqual(['session.attendance_corrected', 'session.attended_partly']);
    // Saving the same marks again adds nothing; the corrected fifth meeting is told once, at its date.
    expect(rarelyStory).toHaveLength(1 + 20 + 1);
    expect(rarelyStory.filter((e) => e.kind === 'session.attendance_corrected')).toEqual([
      expect.objectContaining({
        occurredAt: meetings[4]!.startsAt,
        data: { title: 'FLE A2 — hiver 2026', minutes: 180, scheduledMinutes: 180 },
      }),
    ]);
    expect(rarelyStory.filter((e) => e.kind === 'session.attended')).toHaveLength(15);
    expect(rarelyStory.find((e) => e.kind === 'session.attended_partly')?.data).toEqual({
      title: 'FLE A2 — hiver 2026',
      minutes: 179,
      scheduledMinutes: 180,
    });
    expect(new Set(rarelyStory.map((e) => e.organizationId))).toEqual(
      new Set([staff.counselor.actor.organizationId]),
    );
  });

  it('keeps staff training for staff and beneficiary sessions for beneficiaries, and refuses a roll call before the meeting', async () => {
    clock.set('2026-01-01T08:00:00Z');
    const training = await createSessionType(deps)(staff.coordinator, {
      code: 'ACCUEIL-BPI',
      nameFr: 'Accueillir les bénéficiaires de la protection internationale',
      nameEn: 'Welcoming beneficiaries of international protection',
      kind: 'staff_training',
      audience: 'staff',
      language: 'fr',
      durationMinutes: 420,
      mode: 'virtual',
      trainingPoints: 7,
    });
    const series = await planSeries(deps)(staff.coordinator, {
      sessionTypeId: training.id,
      title: 'Professionnalisation — module 1',
      meetingLink: 'https://visio.example.org/bpi',
      meetings: [{ startsAt: '2026-02-02T08:00:00Z' }],
    });
    const person = await createPerson(deps)(staff.counselor, {
      identity: { givenName: 'Not', familyName: 'Staff' },
    });
    await expect(
      enrolParticipant(deps)(staff.counselor, { seriesId: series.id, personId: person.id }),
    ).rejects.toMatchObject({
      code: 'SESSION_WRONG_AUDIENCE',
    });
    // A staff member of another organization is not mine to enrol.
    await expect(
      enrolParticipant(deps)(staff.coordinator, { seriesId: series.id, userId: staff.outsider.actor.userId }),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    const enrolment = await enrolParticipant(deps)(staff.coordinator, {
      seriesId: series.id,
      userId: staff.counselor.actor.userId,
    });
    expect(enrolment.status).toBe('enrolled');
    const { meetingsOf } = (await import('../adapters/sessions-repository.js')).sessionsRepository(
      database.db,
    );
    const [meeting] = await meetingsOf(series.id);
    await expect(
      recordRollCall(deps)(staff.coordinator, {
        meetingId: meeting!.id,
        marks: [{ enrolmentId: enrolment.id, mark: 'present' }],
      }),
    ).rejects.toMatchObject({ code: 'SESSION_MEETING_NOT_STARTED' });
    // Staff are not people with a file: their training leaves the timeline alone.
    const events = await database.db
      .selectFrom('timeline_events')
      .select('id')
      .where('resource_id', '=', enrolment.id)
      .execute();
    expect(events).toEqual([]);
  });
});
