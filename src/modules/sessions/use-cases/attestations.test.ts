import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { attendanceOfParticipant } from './attendance-of-participant.js';
import { cancelMeeting, rescheduleMeeting } from './change-meeting.js';
import { createSessionType } from './create-session-type.js';
import { enrolParticipant } from './enrol-participant.js';
import { getSeries } from './get-series.js';
import { issueAttestation } from './issue-attestation.js';
import { personSessions } from './person-sessions.js';
import { planSeries } from './plan-series.js';
import { recordRollCall } from './record-roll-call.js';
import { sessionFiguresOfPeriod } from './session-figures-of-period.js';
import { verifyAttestation } from './verify-attestation.js';

let database: TestDatabase;
const clock = fixedClock('2026-01-01T08:00:00Z');
let deps: ReturnType<typeof testDeps>;
let organizer: Awaited<ReturnType<typeof givenStaff>>;
let partnerCounselor: Awaited<ReturnType<typeof givenStaff>>;
let partnerId: string;
let organizerOrg: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const promis = await givenOrganization(database.db, { name: 'PROMIS', country: 'CA' });
  const cfiq = await givenOrganization(database.db, { name: 'CFIQ', country: 'CA' });
  const consortium = await givenConsortium(database.db, promis.id, [promis.id, cfiq.id]);
  organizerOrg = promis.id;
  partnerId = cfiq.id;
  organizer = await givenStaff(database.db, promis.id, 'coordinator');
  partnerCounselor = await givenStaff(database.db, cfiq.id, 'counselor');
  const type = await createSessionType(deps)(organizer, {
    code: 'INFO-EMPLOI',
    nameFr: 'Info-Emploi',
    nameEn: 'Info-Emploi',
    kind: 'info_session',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 90,
    mode: 'virtual',
    attestationRule: { minAttendancePercent: 80, requireCompleteRollCall: true },
  });
  seriesId = (
    await planSeries(deps)(organizer, {
      sessionTypeId: type.id,
      title: 'Info-Emploi — Saguenay–Lac-Saint-Jean',
      meetingLink: 'https://visio.example.org/info-emploi',
      presenter: 'Portes ouvertes sur le Lac',
      openness: 'consortium',
      consortiumId: consortium.id,
      meetings: [
        { startsAt: '2026-01-07T17:00:00Z' },
        { startsAt: '2026-01-14T17:00:00Z' },
        { startsAt: '2026-01-21T17:00:00Z' },
      ],
    })
  ).id;
});
afterAll(() => database.close());
let seriesId: string;

describe('attestations, consortium enrolment, cancellations and figures', () => {
  it('enrols a partner’s person with consent, issues, reissues after a correction and verifies the attestation', async () => {
    const withoutConsent = await createPerson(deps)(partnerCounselor, {
      identity: { givenName: 'Sans', familyName: 'Consentement' },
    });
    await expect(
      enrolParticipant(deps)(partnerCounselor, { seriesId, personId: withoutConsent.id }),
    ).rejects.toMatchObject({
      code: 'CONSENT_REQUIRED',
    });
    const person = await createPerson(deps)(partnerCounselor, {
      identity: { givenName: 'Mariam', familyName: 'Diallo' },
      consents: [
        { purpose: 'sharing_with_partners', partnerOrganizationIds: [organizerOrg], givenOn: '2025-12-01' },
      ],
    });
    const { id: enrolmentId } = await enrolParticipant(deps)(partnerCounselor, {
      seriesId,
      personId: person.id,
    });

    // The organizer sees the partner's participant by name; the partner sees only its own.
    const seen = await getSeries(deps)(organizer, { seriesId });
    expect(seen.participants.map((p) => [p.name, p.organizationName, p.mine])).toEqual([
      ['Mariam Diallo', 'CFIQ', false],
    ]);

    const meetings = seen.meetingsList;
    await cancelMeeting(deps)(organizer, { meetingId: meetings[2]!.id, reason: 'Presenter ill' });
    await expect(
      rescheduleMeeting(deps)(partnerCounselor, {
        meetingId: meetings[1]!.id,
        startsAt: '2026-01-15T17:00:00Z',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await rescheduleMeeting(deps)(organizer, {
      meetingId: meetings[1]!.id,
      startsAt: '2026-01-15T17:00:00Z',
    });

    clock.set('2026-01-22T08:00:00Z');
    await expect(issueAttestation(deps)(partnerCounselor, { enrolmentId })).rejects.toMatchObject({
      code: 'ATTESTATION_NOT_GRANTED',
    });
    await recordRollCall(deps)(organizer, {
      meetingId: meetings[0]!.id,
      marks: [{ enrolmentId, mark: 'present' }],
    });
    await recordRollCall(deps)(partnerCounselor, {
      meetingId: meetings[1]!.id,
      marks: [{ enrolmentId, mark: 'late', minutesMissed: 30 }],
    });
    // 150 of 180 minutes (the cancelled meeting counts for no one): 83 %.
    const attendance = await attendanceOfParticipant(deps)(partnerCounselor, { enrolmentId });
    expect(attendance.attestation).toEqual({
      outcome: 'granted',
      attendedMinutes: 150,
      scheduledMinutes: 180,
    });

    const first = await issueAttestation(deps)(partnerCounselor, { enrolmentId });
    expect(first.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(await issueAttestation(deps)(partnerCounselor, { enrolmentId })).toEqual({
      ...first,
      reissued: false,
    });
    const publicCheck = { actor: null, requestId: 'verify', locale: 'fr' as const, ip: null };
    expect(await verifyAttestation(deps)(publicCheck, { code: first.code })).toMatchObject({
      status: 'valid',
      participantInitials: 'M. D.',
      sessionTitle: 'Info-Emploi — Saguenay–Lac-Saint-Jean',
      organizationName: 'PROMIS',
      attendedMinutes: 150,
    });

    // The late arrival is corrected: same participant, a new attestation, the old code superseded.
    await recordRollCall(deps)(organizer, {
      meetingId: meetings[1]!.id,
      marks: [{ enrolmentId, mark: 'present' }],
    });
    const second = await issueAttestation(deps)(partnerCounselor, { enrolmentId });
    expect(second).toMatchObject({ reissued: true });
    expect(second.code).not.toBe(first.code);
    expect((await verifyAttestation(deps)(publicCheck, { code: first.code })).status).toBe('superseded');
    expect(await verifyAttestation(deps)(publicCheck, { code: second.code })).toMatchObject({
      status: 'valid',
      attendedMinutes: 180,
    });
    await expect(verifyAttestation(deps)(publicCheck, { code: 'AAAA-BBBB-CCCC' })).rejects.toMatchObject({
      code: 'ATTESTATION_NOT_FOUND',
    });

    // On the file of the partner that follows her (not the organizer's): every step, values never.
    const story = await database.db
      .selectFrom('timeline_events')
      .select(['kind', 'organization_id as organizationId'])
      .where('person_id', '=', person.id)
      .where('module', '=', 'sessions')
      .orderBy('recorded_at')
      .execute();
    expect(story.map((e) => e.kind).sort()).toEqual(
      [
        'session.enrolled',
        'session.attended',
        'session.attended_partly',
        'session.attestation_issued',
        'session.attendance_corrected',
        'session.attestation_reissued',
      ].sort(),
    );
    expect(story.every((e) => e.organizationId === partnerId)).toBe(true);

    const inFile = await personSessions(deps)(partnerCounselor, { personId: person.id });
    expect(inFile.items).toEqual([
      expect.objectContaining({
        title: 'Info-Emploi — Saguenay–Lac-Saint-Jean',
        attendedMinutes: 180,
        scheduledMinutes: 180,
        attestationCode: second.code,
      }),
    ]);

    const figures = await sessionFiguresOfPeriod(deps)(organizer, { from: '2026-01-01', to: '2026-01-31' });
    expect(figures).toMatchObject({
      sessions: 1,
      meetingsHeld: 2,
      attendanceRate: { numerator: 180, denominator: 180, rate: 1 },
      noShowRate: { numerator: 0, denominator: 2 },
      participants: 1,
      hoursPerParticipant: 3,
      attestationsIssued: 1,
    });
    expect(partnerId).toBeTruthy();
  });
});
