import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { scheduleAppointment } from '../../follow-up/use-cases/schedule-appointment.js';
import { writeNote } from '../../follow-up/use-cases/write-note.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { addGoal } from '../../plans/use-cases/add-goal.js';
import { addStep } from '../../plans/use-cases/add-step.js';
import { changeStepStatus } from '../../plans/use-cases/change-step-status.js';
import { createPlan } from '../../plans/use-cases/create-plan.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { personOverview } from './person-overview.js';

let database: TestDatabase;
const clock = fixedClock('2026-11-20T09:00:00Z');
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let counselor: Staff;
let administrator: Staff;
let funder: Staff;
let outsider: Staff;
let personId: string;

/**
 * Today is 20 November 2026. Omar (عمر حداد), a refugee since 2024, is enrolled in a program expecting
 * two contacts a month and had one call on the 10th; his plan has three steps, one done and one overdue;
 * an appointment is booked on the 25th; he consented to the processing of his data.
 */
beforeAll(async () => {
  database = await createTestDatabase();
  const deps = testDeps(database, clock);
  const organization = await givenOrganization(database.db, { name: 'Mission Locale de Toulouse' });
  const other = await givenOrganization(database.db, { name: 'Mission Locale de Nîmes' });
  counselor = await givenStaff(database.db, organization.id, 'counselor', { displayName: 'Inès Martin' });
  administrator = await givenStaff(database.db, organization.id, 'administrator');
  funder = await givenStaff(database.db, organization.id, 'funder');
  outsider = await givenStaff(database.db, other.id, 'counselor');
  const program = await createProgram(deps)(systemContext(), {
    ownerOrganizationId: organization.id,
    code: 'IPR',
    nameFr: 'Parcours renforcé',
    nameEn: 'Reinforced pathway',
    countingUnit: 'person',
    status: 'active',
    rules: [],
    expectedContactsPerMonth: 2,
  });
  personId = (
    await createPerson(deps)(counselor, {
      identity: {
        givenName: 'Omar',
        familyName: 'Haddad',
        givenNameOriginal: 'عمر',
        familyNameOriginal: 'حداد',
        birthDate: '1990-05-01',
        immigrationStatus: 'refugee',
        statusDate: '2024-02-01',
        referentUserId: counselor.actor.userId,
      },
      consents: [{ purpose: 'program_data_processing', givenOn: '2026-10-01' }],
    })
  ).id;
  await enrolPerson(deps)(counselor, { programId: program.id, personId, intake: { source: 'walk_in' } });
  const plan = await createPlan(deps)(counselor, { personId, language: 'fr' });
  const goal = await addGoal(deps)(counselor, { planId: plan.id, kind: 'job_search', title: 'Emploi' });
  const done = await addStep(deps)(counselor, {
    goalId: goal.id,
    title: 'CV',
    dueOn: '2026-11-01',
    actor: 'person',
  });
  await addStep(deps)(counselor, {
    goalId: goal.id,
    title: 'Inscription',
    dueOn: '2026-11-15',
    actor: 'person',
  });
  await addStep(deps)(counselor, {
    goalId: goal.id,
    title: 'Entretien',
    dueOn: '2026-12-15',
    actor: 'person',
  });
  await changeStepStatus(deps)(counselor, { stepId: done.id, status: 'done' });
  await writeNote(deps)(counselor, {
    personId,
    kind: 'phone_call',
    occurredAt: '2026-11-10T10:00:00.000Z',
    minutesSpent: 10,
    body: 'Called about the CV.',
  });
  await scheduleAppointment(deps)(counselor, {
    personId,
    mode: 'phone',
    startsAt: '2026-11-25T10:00:00.000Z',
    durationMinutes: 30,
  });
});
afterAll(() => database.close());

const overview = (staff: Staff) => personOverview(testDeps(database, clock))(staff, { personId });

describe("a person's overview", () => {
  it('brings every module’s part in one read: who, status, programs, referent, alerts, plan, contacts, consents', async () => {
    const result = await overview(counselor);
    expect(result.identity).toMatchObject({
      givenName: 'Omar',
      familyName: 'Haddad',
      givenNameOriginal: 'عمر',
      familyNameOriginal: 'حداد',
      age: 36,
    });
    expect(result.status).toEqual({
      immigrationStatus: 'refugee',
      statusDate: '2024-02-01',
      asylumApplicationDate: null,
    });
    expect(result.sensitiveHidden).toBe(false);
    expect(result.referent).toEqual({ userId: counselor.actor.userId, name: 'Inès Martin' });
    expect(result.programs).toEqual([
      expect.objectContaining({ nameFr: 'Parcours renforcé', status: 'enrolled', endedOn: null }),
    ]);
    expect(result.consents).toEqual([
      { purpose: 'program_data_processing', inForce: true, expiresOn: null, revokedOn: null },
    ]);
    expect(result.followUp).toMatchObject({
      alerts: ['overdue', 'lowIntensity'],
      nextAppointmentAt: '2026-11-25T10:00:00.000Z',
      lastContactOn: '2026-11-10',
      contactsLast30Days: 1,
      expectedContacts: 2,
      overdueSteps: 1,
      nextStep: { title: 'Inscription', dueOn: '2026-11-15' },
      plan: { done: 1, counted: 3, percent: 33, overdueSteps: 1, status: expect.any(String) },
    });
  });

  it('is audited once, as a read of the file', async () => {
    const before = await sql<{ n: number }>`
      select count(*)::int as n from audit_events where person_id = ${personId}`.execute(database.db);
    await overview(counselor);
    const after = await sql<{ action: string; details: { view: string } }>`
      select action, details from audit_events where person_id = ${personId}
      order by occurred_at desc, id desc`.execute(database.db);
    expect(after.rows.length - before.rows[0]!.n).toBe(1);
    expect(after.rows[0]).toMatchObject({ action: 'person.read', details: { view: 'overview' } });
  });

  it('shows administrators the file without the status or follow-up, refuses funders, hides the person from other organizations', async () => {
    const admin = await overview(administrator);
    expect(admin.status).toBeNull();
    expect(admin.sensitiveHidden).toBe(true);
    expect(admin.followUp).toBeNull();
    expect(admin.programs).toHaveLength(1);
    await expect(overview(funder)).rejects.toMatchObject({ status: 403 });
    await expect(overview(outsider)).rejects.toMatchObject({ status: 404 });
  });
});
