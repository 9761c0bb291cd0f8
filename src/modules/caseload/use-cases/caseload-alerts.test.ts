import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { recordOutcome } from '../../follow-up/use-cases/record-outcome.js';
import { scheduleAppointment } from '../../follow-up/use-cases/schedule-appointment.js';
import { writeNote } from '../../follow-up/use-cases/write-note.js';
import { caseloadPage } from '../../people/api.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { addGoal } from '../../plans/use-cases/add-goal.js';
import { addStep } from '../../plans/use-cases/add-step.js';
import { createPlan } from '../../plans/use-cases/create-plan.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { listCaseload } from './list-caseload.js';

let database: TestDatabase;
const clock = fixedClock('2026-11-01T09:00:00Z');
let me: Awaited<ReturnType<typeof givenStaff>>;
let colleague: Awaited<ReturnType<typeof givenStaff>>;
let administrator: Awaited<ReturnType<typeof givenStaff>>;
const ids: Record<string, string> = {};

/**
 * Today is 1 December 2026. Ahmed and Bea are enrolled in a program expecting two contacts a month;
 * Ahmed had one, Bea two. Chen has an overdue step and an appointment on the 3rd; Dina missed an
 * appointment; Eve has a step due on the 10th. The colleague's Farid has an overdue step.
 */
beforeAll(async () => {
  database = await createTestDatabase();
  const deps = testDeps(database, clock);
  const organization = await givenOrganization(database.db, { name: 'Mission Locale de Toulouse' });
  me = await givenStaff(database.db, organization.id, 'counselor', { displayName: 'Inès Counselor' });
  colleague = await givenStaff(database.db, organization.id, 'counselor');
  administrator = await givenStaff(database.db, organization.id, 'administrator');
  const program = await createProgram(deps)(systemContext(), {
    ownerOrganizationId: organization.id,
    code: 'IPR',
    nameFr: 'IPR',
    nameEn: 'IPR',
    countingUnit: 'person',
    status: 'active',
    rules: [],
    expectedContactsPerMonth: 2,
  });
  for (const [name, owner] of [
    ['Ahmed', me],
    ['Bea', me],
    ['Chen', me],
    ['Dina', me],
    ['Eve', me],
    ['Farid', colleague],
  ] as const) {
    ids[name] = (await createPerson(deps)(owner, { identity: { givenName: name, familyName: 'Test' } })).id;
  }
  for (const name of ['Ahmed', 'Bea'])
    await enrolPerson(deps)(me, {
      programId: program.id,
      personId: ids[name]!,
      intake: { source: 'partner_referral' },
    });
  const call = (name: string, occurredAt: string) =>
    writeNote(deps)(me, {
      personId: ids[name]!,
      kind: 'phone_call',
      occurredAt,
      minutesSpent: 15,
      body: 'Called about the training.',
    });
  const stepFor = async (ctx: typeof me, name: string, dueOn: string) => {
    const plan = await createPlan(deps)(ctx, { personId: ids[name]!, language: 'fr' });
    const goal = await addGoal(deps)(ctx, { planId: plan.id, kind: 'job_search', title: 'Emploi' });
    await addStep(deps)(ctx, { goalId: goal.id, title: `Step of ${name}`, dueOn, actor: 'person' });
  };
  await stepFor(me, 'Chen', '2026-11-20');
  await stepFor(colleague, 'Farid', '2026-11-15');
  await stepFor(me, 'Eve', '2026-12-10');
  const missed = await scheduleAppointment(deps)(me, {
    personId: ids.Dina!,
    mode: 'phone',
    startsAt: '2026-11-25T10:00:00.000Z',
    durationMinutes: 30,
  });
  await scheduleAppointment(deps)(me, {
    personId: ids.Chen!,
    mode: 'phone',
    startsAt: '2026-12-03T10:00:00.000Z',
    durationMinutes: 30,
  });
  clock.set('2026-12-01T08:00:00Z');
  await recordOutcome(deps)(me, { appointmentId: missed.id, status: 'missed' });
  await call('Ahmed', '2026-11-20T10:00:00.000Z');
  await call('Bea', '2026-11-10T10:00:00.000Z');
  await call('Bea', '2026-11-28T10:00:00.000Z');
  // Older than the 30 days ending today: does not count.
  await call('Ahmed', '2026-10-20T10:00:00.000Z');
});
afterAll(() => database.close());

const list = (query: Partial<Parameters<ReturnType<typeof listCaseload>>[1]> = {}) =>
  listCaseload(testDeps(database, clock))(me, { page: 1, pageSize: 50, sort: 'name', ...query });
const names = (result: Awaited<ReturnType<typeof list>>) => result.items.map((i) => i.givenName);

describe('the caseload with its alerts', () => {
  it("carries each person's next action, overdue steps, missed appointments and contacts against what is expected", async () => {
    const rows = new Map((await list({ referent: 'me' })).items.map((i) => [i.givenName, i]));
    expect(rows.get('Ahmed')).toMatchObject({
      contacts: { last30Days: 1, expected: 2 },
      lastContactOn: '2026-11-20',
      alerts: ['lowIntensity'],
      nextAction: null,
    });
    expect(rows.get('Bea')).toMatchObject({ contacts: { last30Days: 2, expected: 2 }, alerts: [] });
    expect(rows.get('Chen')).toMatchObject({
      overdueSteps: 1,
      alerts: ['overdue'],
      nextAction: { kind: 'step', on: '2026-11-20', title: 'Step of Chen' },
      contacts: { last30Days: 0, expected: null },
    });
    expect(rows.get('Dina')).toMatchObject({ missedAppointments: 1, alerts: ['missed'] });
    expect(rows.get('Eve')).toMatchObject({
      alerts: [],
      nextAction: { kind: 'step', on: '2026-12-10', title: 'Step of Eve' },
    });
    expect(rows.has('Farid')).toBe(false);
  });

  it('filters to the people with an alert, of any kind or one kind, in one list', async () => {
    expect(names(await list({ referent: 'me', alerts: 'any' }))).toEqual(['Ahmed', 'Chen', 'Dina']);
    expect(names(await list({ referent: 'me', alerts: 'lowIntensity' }))).toEqual(['Ahmed']);
    expect(names(await list({ referent: 'me', alerts: 'missed' }))).toEqual(['Dina']);
    expect(names(await list({ alerts: 'overdue' }))).toEqual(['Chen', 'Farid']);
    expect((await list({ referent: 'me', alerts: 'any' })).total).toBe(3);
  });

  it('sorts by urgency: alerts, then the oldest overdue step, missed appointments, shortfall, next action', async () => {
    const ranked = await list({ referent: 'me', sort: 'urgency' });
    expect(names(ranked)).toEqual(['Chen', 'Dina', 'Ahmed', 'Eve', 'Bea']);
    expect(ranked.sortedApproximately).toBe(false);
    expect(names(await list({ sort: 'urgency' }))).toEqual(['Farid', 'Chen', 'Dina', 'Ahmed', 'Eve', 'Bea']);
    const second = await list({ referent: 'me', sort: 'urgency', page: 2, pageSize: 2 });
    expect(names(second)).toEqual(['Ahmed', 'Eve']);
    expect(second.total).toBe(5);
  });

  it('sorts by next action, the people without one last by name', async () => {
    expect(names(await list({ referent: 'me', sort: 'nextAction' }))).toEqual([
      'Chen',
      'Eve',
      'Ahmed',
      'Bea',
      'Dina',
    ]);
  });

  it('keeps searching by name with the alert filter and urgency', async () => {
    expect(names(await list({ q: 'Dina', sort: 'urgency', alerts: 'any' }))).toEqual(['Dina']);
    expect(names(await list({ q: 'Bea', alerts: 'any' }))).toEqual([]);
  });

  it('audits the list as one event with its filters, never the signals', async () => {
    await list({ referent: 'me', alerts: 'any', sort: 'urgency' });
    const last = await database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('actor_user_id', '=', me.actor.userId)
      .where('action', '=', 'person.list')
      .orderBy('inserted_seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.details).toEqual({ results: 3, filters: ['referent', 'alerts'] });
  });

  it('shows an administrator, who does not read plans and follow-up, the list without its signals', async () => {
    const result = await listCaseload(testDeps(database, clock))(administrator, {
      alerts: 'overdue',
      sort: 'urgency',
      page: 1,
      pageSize: 50,
    });
    expect(result.withSignals).toBe(false);
    expect(names(result)).toEqual(['Ahmed', 'Bea', 'Chen', 'Dina', 'Eve', 'Farid']);
    expect(result.items.every((i) => i.alerts.length === 0 && i.nextAction === null)).toBe(true);
    expect((await list({ referent: 'me' })).withSignals).toBe(true);
  });

  it('beyond what is ranked one by one, puts the people with an alert first in SQL', async () => {
    const { alertQueries } = await import('./caseload-signals.js');
    const page = await database.db.transaction().execute((trx) =>
      caseloadPage(trx, testDeps(database).keyRing, me.actor, {
        firstIfInAnyOf: alertQueries(
          trx,
          me.actor.organizationId,
          { today: '2026-12-01', timeZone: 'UTC' },
          'any',
        ),
        sort: 'name',
        page: 1,
        pageSize: 10,
      }),
    );
    expect(page.items.map((i) => i.givenName)).toEqual(['Ahmed', 'Chen', 'Dina', 'Farid', 'Bea', 'Eve']);
  });
});
