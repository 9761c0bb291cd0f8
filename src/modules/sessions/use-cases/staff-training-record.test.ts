import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { createSessionType } from './create-session-type.js';
import { enrolParticipant } from './enrol-participant.js';
import { getSeries } from './get-series.js';
import { issueAttestation } from './issue-attestation.js';
import { planSeries } from './plan-series.js';
import { recordRollCall } from './record-roll-call.js';
import { setStaffCertification } from './set-staff-certification.js';
import { staffTrainingRecord } from './staff-training-record.js';

let database: TestDatabase;
const clock = fixedClock('2026-02-01T08:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let coordinator: Staff;
let trainee: Staff;
let colleague: Staff;
let partner: Staff;
let bpiSeries: string;
let awarenessSeries: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const arml = await givenOrganization(database.db, { name: 'ARML Occitanie' });
  const cidff = await givenOrganization(database.db, { name: 'CIDFF Toulouse' });
  const consortium = await givenConsortium(database.db, arml.id, [arml.id, cidff.id]);
  coordinator = await givenStaff(database.db, arml.id, 'coordinator');
  trainee = await givenStaff(database.db, arml.id, 'counselor', { displayName: 'Inès Martin' });
  colleague = await givenStaff(database.db, arml.id, 'counselor');
  partner = await givenStaff(database.db, cidff.id, 'coordinator');

  const bpi = await createSessionType(deps)(coordinator, {
    code: 'ACCUEIL-BPI',
    nameFr: 'Accueillir les bénéficiaires de la protection internationale',
    nameEn: 'Welcoming beneficiaries of international protection',
    kind: 'staff_training',
    audience: 'staff',
    language: 'fr',
    durationMinutes: 420,
    mode: 'virtual',
    trainingPoints: 7,
    attestationRule: { minAttendancePercent: 80, requireCompleteRollCall: true },
  });
  bpiSeries = (
    await planSeries(deps)(coordinator, {
      sessionTypeId: bpi.id,
      title: 'Professionnalisation — accueil BPI',
      meetings: [{ startsAt: '2026-02-02T08:00:00Z' }, { startsAt: '2026-02-09T08:00:00Z' }],
    })
  ).id;
  // A partner's training open to the consortium, without attestation: points once attended throughout.
  const awareness = await createSessionType(deps)(partner, {
    code: 'VIOLENCES',
    nameFr: 'Repérer les violences faites aux femmes',
    nameEn: 'Recognizing violence against women',
    kind: 'staff_training',
    audience: 'staff',
    language: 'fr',
    durationMinutes: 120,
    mode: 'in_person',
    trainingPoints: 3,
  });
  awarenessSeries = (
    await planSeries(deps)(partner, {
      sessionTypeId: awareness.id,
      title: 'Sensibilisation violences',
      openness: 'consortium',
      consortiumId: consortium.id,
      meetings: [{ startsAt: '2026-02-16T13:00:00Z' }],
    })
  ).id;
});
afterAll(() => database.close());

const meetingsOf = async (staff: Staff, seriesId: string) =>
  (await getSeries(deps)(staff, { seriesId })).meetingsList.map((m) => m.id);

describe("a staff member's training record", () => {
  it('accumulates live hours and points toward the certification, with attestations', async () => {
    const traineeId = trainee.actor.userId;
    const colleagueId = colleague.actor.userId;
    const own = await enrolParticipant(deps)(coordinator, { seriesId: bpiSeries, userId: traineeId });
    const other = await enrolParticipant(deps)(coordinator, { seriesId: bpiSeries, userId: colleagueId });
    const outside = await enrolParticipant(deps)(coordinator, {
      seriesId: awarenessSeries,
      userId: traineeId,
    });

    const before = await staffTrainingRecord(deps)(trainee, { userId: traineeId });
    expect(before).toMatchObject({
      displayName: 'Inès Martin',
      certification: null,
      canConfigure: false,
      totals: { attendedMinutes: 0, points: 0 },
    });
    expect(before.trainings.map((t) => [t.title, t.meetingsToCome, t.pointsOffered])).toEqual([
      ['Sensibilisation violences', 1, 3],
      ['Professionnalisation — accueil BPI', 2, 7],
    ]);

    await setStaffCertification(deps)(coordinator, {
      nameFr: 'Certification accompagnement BPI',
      nameEn: 'International protection support certification',
      requiredPoints: 10,
      requiredMinutes: 15 * 60,
      periodMonths: 12,
    });

    clock.set('2026-02-20T08:00:00Z');
    const [first, second] = await meetingsOf(coordinator, bpiSeries);
    await recordRollCall(deps)(coordinator, {
      meetingId: first as string,
      marks: [
        { enrolmentId: own.id, mark: 'present' },
        { enrolmentId: other.id, mark: 'present' },
      ],
    });
    await recordRollCall(deps)(coordinator, {
      meetingId: second as string,
      marks: [
        { enrolmentId: own.id, mark: 'late', minutesMissed: 60 },
        // The colleague watched the recording: no hours, no attestation, no points.
        { enrolmentId: other.id, mark: 'present', live: false },
      ],
    });
    await issueAttestation(deps)(coordinator, { enrolmentId: own.id });
    await expect(issueAttestation(deps)(coordinator, { enrolmentId: other.id })).rejects.toMatchObject({
      code: 'ATTESTATION_NOT_GRANTED',
    });
    // The partner runs its training; the trainee's organization takes the roll call of its own staff.
    const [awarenessMeeting] = await meetingsOf(coordinator, awarenessSeries);
    await recordRollCall(deps)(coordinator, {
      meetingId: awarenessMeeting as string,
      marks: [{ enrolmentId: outside.id, mark: 'present' }],
    });

    const record = await staffTrainingRecord(deps)(coordinator, { userId: traineeId });
    expect(record.canConfigure).toBe(true);
    expect(record.totals).toEqual({ attendedMinutes: 420 + 360 + 120, points: 10 });
    expect(record.trainings.map((t) => [t.title, t.organizerName, t.attendedMinutes, t.points])).toEqual([
      ['Sensibilisation violences', 'CIDFF Toulouse', 120, 3],
      ['Professionnalisation — accueil BPI', 'ARML Occitanie', 780, 7],
    ]);
    expect(record.trainings[1]?.attestation?.issuedOn).toBe('2026-02-20');
    expect(record.certification).toMatchObject({
      requiredPoints: 10,
      requiredMinutes: 900,
      progress: { from: '2025-02-20', to: '2026-02-20', minutes: 900, points: 10, reached: true },
    });

    const behind = await staffTrainingRecord(deps)(colleague, { userId: colleagueId });
    expect(behind.totals).toEqual({ attendedMinutes: 420, points: 0 });
    expect(behind.certification?.progress).toMatchObject({
      minutesProgress: 420 / 900,
      pointsProgress: 0,
      reached: false,
    });

    // A year later the period has moved on: the meetings fall out of it; the attestation's points,
    // dated on the day it was issued (20 February), still count.
    clock.set('2027-02-18T08:00:00Z');
    const later = await staffTrainingRecord(deps)(trainee, { userId: traineeId });
    expect(later.certification?.progress).toMatchObject({
      from: '2026-02-18',
      minutes: 0,
      points: 7,
      reached: false,
    });
  });

  it('is read by the person, and by coordinators of their organization only', async () => {
    await expect(
      staffTrainingRecord(deps)(colleague, { userId: trainee.actor.userId }),
    ).rejects.toMatchObject({ code: 'STAFF_NOT_FOUND' });
    await expect(staffTrainingRecord(deps)(partner, { userId: trainee.actor.userId })).rejects.toMatchObject({
      code: 'STAFF_NOT_FOUND',
    });
    const audited = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'session.training_record_read')
      .execute();
    expect(audited.length).toBeGreaterThanOrEqual(4);
  });

  it('lets only coordinators and directors set the certification, with at least one requirement', async () => {
    const body = { nameFr: 'C', nameEn: 'C', requiredPoints: 5, requiredMinutes: null, periodMonths: 24 };
    await expect(setStaffCertification(deps)(trainee, body)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      setStaffCertification(deps)(coordinator, { ...body, requiredPoints: null }),
    ).rejects.toThrow();
    await setStaffCertification(deps)(coordinator, body);
    const record = await staffTrainingRecord(deps)(trainee, { userId: trainee.actor.userId });
    expect(record.certification).toMatchObject({
      requiredPoints: 5,
      requiredMinutes: null,
      progress: { minutesProgress: null, pointsProgress: 1, reached: true },
    });
  });
});
