import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { createSessionType } from './create-session-type.js';
import { enrolParticipant } from './enrol-participant.js';
import { getSeries } from './get-series.js';
import { issueAttestation } from './issue-attestation.js';
import { planSeries } from './plan-series.js';
import { recordRollCall } from './record-roll-call.js';

/** An evening session in Montréal: its attestation is dated on that evening's day there, not UTC's next one. */
let database: TestDatabase;
const clock = fixedClock('2026-03-01T15:00:00Z');
let deps: ReturnType<typeof testDeps>;
let organizer: Awaited<ReturnType<typeof givenStaff>>;
beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const promis = await givenOrganization(database.db, {
    name: 'PROMIS',
    country: 'CA',
    timeZone: 'America/Toronto',
  });
  organizer = await givenStaff(database.db, promis.id, 'coordinator');
});
afterAll(() => database.close());

describe('the day of a session act is the organization’s day', () => {
  it('issues the attestation of a meeting held at 20:30 in Montréal on that day, the 9th', async () => {
    const type = await createSessionType(deps)(organizer, {
      code: 'SOIR',
      nameFr: 'Atelier du soir',
      nameEn: 'Evening workshop',
      kind: 'info_session',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 60,
      mode: 'virtual',
      attestationRule: { minAttendancePercent: 80, requireCompleteRollCall: true },
    });
    const { id: seriesId } = await planSeries(deps)(organizer, {
      sessionTypeId: type.id,
      title: 'Atelier du soir',
      meetingLink: 'https://visio.example.org/soir',
      // 20:30 on 9 March in Montréal.
      meetings: [{ startsAt: '2026-03-10T00:30:00Z' }],
    });
    const person = await createPerson(deps)(organizer, {
      identity: { givenName: 'Nadia', familyName: 'Soir' },
    });
    const { id: enrolmentId } = await enrolParticipant(deps)(organizer, { seriesId, personId: person.id });
    // 23:00 on 9 March in Montréal, already the 10th in UTC.
    clock.set('2026-03-10T03:00:00Z');
    const meeting = (await getSeries(deps)(organizer, { seriesId })).meetingsList[0]!;
    await recordRollCall(deps)(organizer, {
      meetingId: meeting.id,
      marks: [{ enrolmentId, mark: 'present' }],
    });
    const attestation = await issueAttestation(deps)(organizer, { enrolmentId });
    expect(attestation.issuedOn).toBe('2026-03-09');
  });
});
