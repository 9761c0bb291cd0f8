import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { cancelMeeting } from './change-meeting.js';
import { createSessionType } from './create-session-type.js';
import { enrolParticipant } from './enrol-participant.js';
import { getSeries } from './get-series.js';
import { planSeries } from './plan-series.js';
import { recordRollCall } from './record-roll-call.js';
import { sessionFiguresOfPeriod } from './session-figures-of-period.js';
import { withdrawParticipant } from './withdraw-participant.js';

let database: TestDatabase;
const clock = fixedClock('2026-02-01T08:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let promis: Record<'coordinator' | 'counselor' | 'funder', Staff>;
let cfiq: Staff;
let outsider: Staff;
let programId: string;
const series: Record<'program' | 'partner' | 'outsideProgram' | 'february', string> = {
  program: '',
  partner: '',
  outsideProgram: '',
  february: '',
};

async function typeFor(staff: Staff, minutes: number) {
  return (
    await createSessionType(deps)(staff, {
      code: `T${minutes}`,
      nameFr: 'Atelier',
      nameEn: 'Workshop',
      kind: 'workshop',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: minutes,
      mode: 'in_person',
    })
  ).id;
}

async function person(staff: Staff, name: string) {
  return (await createPerson(deps)(staff, { identity: { givenName: name, familyName: 'Test' } })).id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const promisOrg = await givenOrganization(database.db, { name: 'PROMIS', country: 'CA' });
  const cfiqOrg = await givenOrganization(database.db, { name: 'CFIQ', country: 'CA' });
  const outsiderOrg = await givenOrganization(database.db, { name: 'Elsewhere', country: 'CA' });
  const consortium = await givenConsortium(database.db, promisOrg.id, [promisOrg.id, cfiqOrg.id]);
  promis = {
    coordinator: await givenStaff(database.db, promisOrg.id, 'coordinator'),
    counselor: await givenStaff(database.db, promisOrg.id, 'counselor'),
    funder: await givenStaff(database.db, promisOrg.id, 'funder'),
  };
  cfiq = await givenStaff(database.db, cfiqOrg.id, 'coordinator');
  outsider = await givenStaff(database.db, outsiderOrg.id, 'coordinator');
  programId = (
    await createProgram(deps)(systemContext(), {
      ownerOrganizationId: promisOrg.id,
      consortiumId: consortium.id,
      code: 'MTL',
      nameFr: 'Montréal emploi',
      nameEn: 'Montréal employment',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    })
  ).id;

  const hour = await typeFor(promis.coordinator, 60);
  const hourAndHalf = await typeFor(cfiq, 90);
  series.program = (
    await planSeries(deps)(promis.coordinator, {
      sessionTypeId: hour,
      programId,
      title: 'Atelier CV',
      capacity: 10,
      meetings: [
        { startsAt: '2026-01-05T14:00:00Z' },
        { startsAt: '2026-01-12T14:00:00Z' },
        { startsAt: '2026-01-19T14:00:00Z' },
      ],
    })
  ).id;
  series.partner = (
    await planSeries(deps)(cfiq, {
      sessionTypeId: hourAndHalf,
      programId,
      title: 'Entrevue',
      capacity: 4,
      meetings: [{ startsAt: '2026-01-20T14:00:00Z' }, { startsAt: '2026-01-27T14:00:00Z' }],
    })
  ).id;
  series.outsideProgram = (
    await planSeries(deps)(promis.coordinator, {
      sessionTypeId: hour,
      title: 'Club emploi',
      meetings: [{ startsAt: '2026-01-08T14:00:00Z' }],
    })
  ).id;
  series.february = (
    await planSeries(deps)(promis.coordinator, {
      sessionTypeId: hour,
      programId,
      title: 'Atelier février',
      meetings: [{ startsAt: '2026-02-02T14:00:00Z' }],
    })
  ).id;

  const [p1, p2, p3] = [
    await person(promis.counselor, 'Amina'),
    await person(promis.counselor, 'Bilal'),
    await person(promis.counselor, 'Chloé'),
  ];
  const [q1, q2] = [await person(cfiq, 'Diego'), await person(cfiq, 'Esther')];
  const enrol = (staff: Staff, seriesId: string, personId: string) =>
    enrolParticipant(deps)(staff, { seriesId, personId });
  const a1 = await enrol(promis.counselor, series.program, p1 as string);
  const a2 = await enrol(promis.counselor, series.program, p2 as string);
  const a3 = await enrol(promis.counselor, series.program, p3 as string);
  const c1 = await enrol(promis.counselor, series.outsideProgram, p1 as string);
  const b1 = await enrol(cfiq, series.partner, q1 as string);
  const b2 = await enrol(cfiq, series.partner, q2 as string);

  const meetingsOf = async (staff: Staff, seriesId: string) =>
    (await getSeries(deps)(staff, { seriesId })).meetingsList.map((m) => m.id);
  const [m1, m2, m3] = await meetingsOf(promis.coordinator, series.program);
  await recordRollCall(deps)(promis.counselor, {
    meetingId: m1 as string,
    marks: [
      { enrolmentId: a1.id, mark: 'present' },
      { enrolmentId: a2.id, mark: 'late', minutesMissed: 15 },
      { enrolmentId: a3.id, mark: 'present' },
    ],
  });
  await recordRollCall(deps)(promis.counselor, {
    meetingId: m2 as string,
    marks: [
      // Watched the recording: recorded, never credited.
      { enrolmentId: a1.id, mark: 'present', live: false },
      { enrolmentId: a2.id, mark: 'unexcused_absence' },
    ],
  });
  await cancelMeeting(deps)(promis.coordinator, { meetingId: m3 as string, reason: 'Snow storm' });
  // A participant who left: their marks no longer count, their seat is free.
  await withdrawParticipant(deps)(promis.counselor, { enrolmentId: a3.id });
  const [c] = await meetingsOf(promis.coordinator, series.outsideProgram);
  await recordRollCall(deps)(promis.counselor, {
    meetingId: c as string,
    marks: [{ enrolmentId: c1.id, mark: 'present' }],
  });
  // The partner's second meeting (27 January) is past and has no roll call: it counts as held, nobody credited.
  const [b] = await meetingsOf(cfiq, series.partner);
  await recordRollCall(deps)(cfiq, {
    meetingId: b as string,
    marks: [
      { enrolmentId: b1.id, mark: 'left_early', minutesMissed: 30 },
      { enrolmentId: b2.id, mark: 'excused_absence' },
    ],
  });
});
afterAll(() => database.close());

const january = { from: '2026-01-01', to: '2026-01-31' };

describe('session figures of a program and a period', () => {
  it('gives the organization steering the program every member’s sessions, added up from attendance', async () => {
    const figures = await sessionFiguresOfPeriod(deps)(promis.coordinator, { ...january, programId });
    expect(figures.bySeries.map((s) => s.title).sort()).toEqual(['Atelier CV', 'Entrevue']);
    // Atelier CV: 2 seated × (60 + 60) held; 60 + 45 credited (recording and no-show 0; the cancelled
    // meeting and the withdrawn participant count for nobody). Entrevue: 2 × (90 + 90); 60 credited.
    expect(figures).toMatchObject({
      sessions: 2,
      meetingsHeld: 4,
      fillRate: { numerator: 4, denominator: 14 },
      attendanceRate: { numerator: 165, denominator: 600 },
      noShowRate: { numerator: 1, denominator: 6 },
      participants: 4,
      attestationsIssued: 0,
      byMeeting: [],
    });
    expect(figures.hoursPerParticipant).toBeCloseTo(165 / 60 / 4, 10);
    // Minutes per person 0, 45, 60, 60.
    expect(figures.medianHoursPerParticipant).toBeCloseTo(52.5 / 60, 10);
    expect(figures.hoursDistribution.map((b) => b.participants)).toEqual([1, 3, 0, 0, 0, 0]);
    const partner = figures.bySeries.find((s) => s.title === 'Entrevue');
    expect(partner).toMatchObject({ organizationName: 'CFIQ', meetingsHeld: 2, attendanceRate: 60 / 360 });
  });

  it('gives a member organization its own part of the program only', async () => {
    const figures = await sessionFiguresOfPeriod(deps)(cfiq, { ...january, programId });
    expect(figures.bySeries.map((s) => s.title)).toEqual(['Entrevue']);
    expect(figures.attendanceRate).toMatchObject({ numerator: 60, denominator: 360 });
  });

  it('without a program, counts the organization’s own sessions of the period, and hours per person across them', async () => {
    const figures = await sessionFiguresOfPeriod(deps)(promis.funder, january);
    expect(figures.bySeries.map((s) => s.title)).toEqual(['Atelier CV', 'Club emploi']);
    // Amina: 60 in the workshop and 60 at the club, one person.
    expect(figures.participants).toBe(2);
    expect(figures.attendanceRate).toMatchObject({ numerator: 165, denominator: 300 });
  });

  it('reads only the meetings of the period', async () => {
    const figures = await sessionFiguresOfPeriod(deps)(promis.coordinator, {
      from: '2026-02-01',
      to: '2026-02-28',
      programId,
    });
    expect(figures.bySeries.map((s) => s.title)).toEqual(['Atelier février']);
    // 2 February is after "now" and without a roll call: not held yet.
    expect(figures.meetingsHeld).toBe(0);
    expect(figures.attendanceRate.rate).toBeNull();
  });

  it('gives one series meeting by meeting', async () => {
    const figures = await sessionFiguresOfPeriod(deps)(promis.coordinator, {
      ...january,
      seriesId: series.program,
    });
    expect(
      figures.byMeeting.map((m) => [m.startsAt.slice(0, 10), m.marks, m.attendanceRate, m.noShowRate]),
    ).toEqual([
      ['2026-01-05', 2, 105 / 120, 0],
      ['2026-01-12', 2, 0, 0.5],
    ]);
  });

  it('hides programs and series the organization has no part in, and keeps figures from counselors', async () => {
    await expect(sessionFiguresOfPeriod(deps)(outsider, { ...january, programId })).rejects.toMatchObject({
      code: 'PROGRAM_NOT_FOUND',
    });
    await expect(
      sessionFiguresOfPeriod(deps)(outsider, { ...january, seriesId: series.program }),
    ).rejects.toMatchObject({ code: 'SESSION_NOT_FOUND' });
    await expect(sessionFiguresOfPeriod(deps)(promis.counselor, january)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      sessionFiguresOfPeriod(deps)(promis.coordinator, { from: '2026-02-01', to: '2026-01-01' }),
    ).rejects.toThrow();
  });

  it('tells the person’s file that a recording was watched, not attended', async () => {
    const watched = await database.db
      .selectFrom('timeline_events')
      .select(['data'])
      .where('kind', '=', 'session.recording_watched')
      .execute();
    expect(watched.map((e) => (typeof e.data === 'string' ? JSON.parse(e.data) : e.data))).toEqual([
      { title: 'Atelier CV', minutes: 0, scheduledMinutes: 60 },
    ]);
  });

  it('refuses to plan a session for a program the organization takes no part in', async () => {
    const type = await typeFor(outsider, 45);
    await expect(
      planSeries(deps)(outsider, {
        sessionTypeId: type,
        programId,
        title: 'Intrus',
        meetings: [{ startsAt: '2026-03-01T14:00:00Z' }],
      }),
    ).rejects.toMatchObject({ code: 'PROGRAM_NOT_FOUND' });
  });
});
