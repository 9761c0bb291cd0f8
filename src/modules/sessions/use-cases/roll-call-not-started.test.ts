import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { createSessionType } from './create-session-type.js';
import { enrolParticipant } from './enrol-participant.js';
import { getRollCall } from './get-roll-call.js';
import { planSeries } from './plan-series.js';
import { recordRollCall } from './record-roll-call.js';

/**
 * The roll call page offered the marks for a meeting that had not started, and only Save refused.
 * The roll call now says whether the meeting has started, by the server's clock, so the page says so
 * instead; saving before the start is still refused.
 */
let database: TestDatabase;
const clock = fixedClock('2026-12-01T08:00:00Z');
let deps: ReturnType<typeof testDeps>;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
let meetingId: string;
let enrolmentId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const siae = await givenOrganization(database.db, { name: 'Bastide Solidaire', country: 'FR' });
  const coordinator = await givenStaff(database.db, siae.id, 'coordinator');
  counselor = await givenStaff(database.db, siae.id, 'counselor');
  const type = await createSessionType(deps)(coordinator, {
    code: 'CV',
    nameFr: 'Atelier CV',
    nameEn: 'CV workshop',
    kind: 'workshop',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 120,
    mode: 'in_person',
  });
  const series = await planSeries(deps)(coordinator, {
    sessionTypeId: type.id,
    title: 'Atelier CV — décembre',
    meetings: [{ startsAt: '2026-12-03T09:00:00Z' }],
  });
  const person = await createPerson(deps)(counselor, {
    identity: { givenName: 'Nadia', familyName: 'Karimi' },
  });
  enrolmentId = (await enrolParticipant(deps)(counselor, { seriesId: series.id, personId: person.id })).id;
  meetingId = (await sessionsRepository(database.db).meetingsOf(series.id))[0]!.id;
});
afterAll(() => database.close());

describe('the roll call of a meeting that has not started', () => {
  it('says it has not started (the page shows when it starts, not the marks) and Save is still refused', async () => {
    clock.set('2026-12-03T08:59:00Z');
    const rollCall = await getRollCall(deps)(counselor, { meetingId });
    expect(rollCall.started).toBe(false);
    expect(rollCall.meeting.startsAt).toBe('2026-12-03T09:00:00.000Z');
    await expect(
      recordRollCall(deps)(counselor, { meetingId, marks: [{ enrolmentId, mark: 'present' }] }),
    ).rejects.toMatchObject({ code: 'SESSION_MEETING_NOT_STARTED' });
  });

  it('opens at the start time', async () => {
    clock.set('2026-12-03T09:00:00Z');
    expect((await getRollCall(deps)(counselor, { meetingId })).started).toBe(true);
    await recordRollCall(deps)(counselor, { meetingId, marks: [{ enrolmentId, mark: 'present' }] });
  });
});
