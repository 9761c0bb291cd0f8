import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { createProgram } from './create-program.js';
import { endEnrolment } from './end-enrolment.js';
import { enrolPerson } from './enrol-person.js';

let database: TestDatabase;
const deps = () => testDeps(database, fixedClock('2026-05-04T10:00:00Z'));
let organizationId: string;
let programId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (await givenOrganization(database.db, { name: 'ML Toulouse' })).id;
  programId = (
    await createProgram(deps())(systemContext(), {
      ownerOrganizationId: organizationId,
      code: 'IPR',
      nameFr: 'Parcours d’intégration',
      nameEn: 'Integration pathway',
      countingUnit: 'person',
      status: 'active',
      rules: [{ kind: 'maxAge', years: 26, inclusive: false }],
    })
  ).id;
});
afterAll(() => database.close());

const intake = { source: 'walk_in' as const };
const programEvents = async (ctx: Awaited<ReturnType<typeof givenStaff>>, personId: string) =>
  (await listPersonTimeline(deps())(ctx, { personId, modules: ['programs'] })).items;

describe("enrolments on the person's timeline", () => {
  it('tells the enrolment and the exit on their days, with the program name in both languages and no reason', async () => {
    const counselor = await givenStaff(database.db, organizationId, 'counselor');
    const { id: personId } = await createPerson(deps())(counselor, {
      identity: { givenName: 'Sara', familyName: 'Osman', birthDate: '2004-01-01' },
    });
    const { id: enrolmentId } = await enrolPerson(deps())(counselor, {
      programId,
      personId,
      intake,
      enrolledOn: '2026-04-01',
    });
    await endEnrolment(deps())(counselor, {
      enrolmentId,
      status: 'exited',
      endedOn: '2026-04-30',
      reason: 'Found a job at the bakery',
    });
    const events = await programEvents(counselor, personId);
    expect(events.map((e) => [e.kind, e.occurredAt, e.resourceId])).toEqual([
      ['enrolment.exited', '2026-04-30T12:00:00.000Z', enrolmentId],
      ['enrolment.started', '2026-04-01T12:00:00.000Z', enrolmentId],
    ]);
    expect(events[0]?.data).toEqual({
      programNameFr: 'Parcours d’intégration',
      programNameEn: 'Integration pathway',
    });
  });

  it('tells an override as a decision of its own, without its justification, and a withdrawal', async () => {
    const referent = await givenStaff(database.db, organizationId, 'program_referent');
    const { id: personId } = await createPerson(deps())(referent, {
      identity: { givenName: 'Omar', familyName: 'Said', birthDate: '1990-01-01' },
    });
    const justification = 'Arrived at 26 after a long journey; the consortium agreed';
    const { id: enrolmentId } = await enrolPerson(deps())(referent, {
      programId,
      personId,
      intake,
      override: { justification },
    });
    await endEnrolment(deps())(referent, { enrolmentId, status: 'withdrawn', endedOn: '2026-05-04' });
    const events = await programEvents(referent, personId);
    expect(events.map((e) => e.kind).sort()).toEqual([
      'enrolment.overridden',
      'enrolment.started',
      'enrolment.withdrawn',
    ]);
    expect(JSON.stringify(events)).not.toContain('journey');
  });

  it('publishes nothing when the enrolment is refused', async () => {
    const counselor = await givenStaff(database.db, organizationId, 'counselor');
    const { id: personId } = await createPerson(deps())(counselor, {
      identity: { givenName: 'Ali', familyName: 'Rahimi', birthDate: '1980-01-01' },
    });
    await expect(enrolPerson(deps())(counselor, { programId, personId, intake })).rejects.toMatchObject({
      code: 'NOT_ELIGIBLE',
    });
    expect(await programEvents(counselor, personId)).toEqual([]);
  });
});
