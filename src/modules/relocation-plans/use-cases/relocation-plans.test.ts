import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenHouseholdScene, type HouseholdScene } from '../../../../test/support/households.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { RelocationPlanBody } from '../../../contracts/relocation-plans.js';
import { processingRestrictedSqlState } from '../../../core/db/processing-restriction.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { scheduleAppointment } from '../../follow-up/use-cases/schedule-appointment.js';
import { createOffer } from '../../offers/use-cases/create-offer.js';
import { restrictProcessing } from '../../privacy/use-cases/restrict-processing.js';
import { relocationPlanFacts, relocationPlanOf, relocationPlansPersonData } from '../api.js';
import { defaultBusinessSteps, defaultPredepartureDocuments } from '../domain/plan-rules.js';
import { readRelocationPlan } from './read-relocation-plan.js';
import { relocationPlanOffers } from './relocation-plan-offers.js';
import { relocationPlanRevisions } from './relocation-plan-revisions.js';
import { saveRelocationPlan } from './save-relocation-plan.js';

let database: TestDatabase;
let scene: HouseholdScene;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenHouseholdScene(database);
});
afterAll(() => database.close());

const body = (over: Partial<RelocationPlanBody> = {}): RelocationPlanBody => ({
  expectedRevision: 0,
  track: 'employment',
  regions: [
    { country: 'CA', code: '08' },
    { country: 'CA', code: '01' },
  ],
  movingMemberIds: [],
  schoolsNeeded: true,
  childcareNeeded: false,
  healthNeeds: ['family_doctor'],
  healthNote: 'Suivi pédiatrique (asthme)',
  lifeSettings: ['small_town', 'near_nature'],
  predepartureDocuments: [],
  businessSteps: [],
  ...over,
});

const save = (personId: string, over: Partial<RelocationPlanBody> = {}) =>
  saveRelocationPlan(scene.deps)(scene.counselor, { personId, ...body(over) });
const read = (personId: string) => readRelocationPlan(scene.deps)(scene.counselor, { personId });

describe('the regionalization plan of a household', () => {
  it('is kept on the main contact’s file, shows the household with ages, and counts once by household', async () => {
    const main = await scene.person('Nadia');
    const spouse = await scene.person('Karim');
    const child = await scene.person('Lina');
    const { householdId } = await scene.form(scene.counselor, { personId: main });
    await scene.add(scene.counselor, { householdId, personId: spouse, relation: 'spouse' });
    await scene.add(scene.counselor, { householdId, personId: child, relation: 'child' });

    const saved = await save(main, { movingMemberIds: [spouse, child] });
    expect(saved.revision).toBe(1);
    const view = await read(main);
    expect(view.holdsHouseholdPlan).toBe(true);
    expect(view.household.householdId).toBe(householdId);
    expect(view.household.members.map((m) => m.relation)).toEqual(['main', 'spouse', 'child']);
    expect(view.plan).toMatchObject({
      track: 'employment',
      regions: [
        { code: '08', name: 'Abitibi-Témiscamingue' },
        { code: '01', name: 'Bas-Saint-Laurent' },
      ],
      movingMemberIds: [spouse, child],
      healthNote: 'Suivi pédiatrique (asthme)',
    });
    expect(view.predeparture).toBeNull();

    // Another member's file does not start a second plan of the household.
    await expect(save(spouse)).rejects.toMatchObject({ code: 'RELOCATION_PLAN_NOT_MAIN_CONTACT' });
    expect((await read(spouse)).holdsHouseholdPlan).toBe(false);

    const facts = await relocationPlanFacts(database.db, { organizationIds: [scene.organization.id] });
    expect(facts.filter((f) => f.householdKey === householdId)).toEqual([
      {
        personId: main,
        householdKey: householdId,
        organizationId: scene.organization.id,
        track: 'employment',
        firstRegionCountry: 'CA',
        firstRegionCode: '08',
        plannedArrivalOn: null,
        businessCreatedOn: null,
      },
    ]);
  });

  it('refuses members outside the household, a stale revision, and keeps each save as a revision', async () => {
    const person = await scene.person('Omar');
    const stranger = await scene.person('Stranger');
    await expect(save(person, { movingMemberIds: [stranger] })).rejects.toMatchObject({
      code: 'RELOCATION_PLAN_MEMBER_NOT_IN_HOUSEHOLD',
    });
    await save(person);
    await expect(save(person)).rejects.toMatchObject({ code: 'RELOCATION_PLAN_CHANGED' });
    const second = await save(person, { expectedRevision: 1, track: 'studies', studiesProgram: 'DEC' });
    expect(second.revision).toBe(2);
    // Saving the same plan again changes nothing and makes no revision.
    expect(
      (await save(person, { expectedRevision: 2, track: 'studies', studiesProgram: 'DEC' })).revision,
    ).toBe(2);
    const { items } = await relocationPlanRevisions(scene.deps)(scene.counselor, { personId: person });
    expect(items.map((r) => [r.revision, r.track])).toEqual([
      [2, 'studies'],
      [1, 'employment'],
    ]);
    expect(items[0]!.changedFields).toEqual(['track', 'studiesProgram']);
    const events = await database.db
      .selectFrom('timeline_events')
      .select('kind')
      .where('person_id', '=', person)
      .where('module', '=', 'relocation-plans')
      .execute();
    expect(events.map((e) => e.kind).sort()).toEqual(
      ['relocation_plan.created', 'relocation_plan.track_changed', 'relocation_plan.updated'].sort(),
    );
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('person_id', '=', person)
      .where('action', 'like', 'relocation_plan.%')
      .execute();
    expect(audit.map((a) => a.action)).toContain('relocation_plan.revise');
    // The audit names the fields changed, never a value (the health note above all).
    expect(JSON.stringify(audit)).not.toContain('asthme');
    expect(JSON.stringify(audit)).not.toContain('DEC');
  });

  it('tells how ready a CSQ holder abroad is: documents, arrival day, first appointment in arrival week', async () => {
    const person = await scene.person('Yasmine');
    const documents = defaultPredepartureDocuments().map((d, i) => ({
      ...d,
      status: i < 3 ? ('done' as const) : ('to_do' as const),
    }));
    await save(person, {
      abroadCountry: 'TN',
      abroadTimeZone: 'Africa/Tunis',
      predepartureDocuments: documents,
    });
    let view = await read(person);
    expect(view.predeparture).toMatchObject({
      ready: false,
      gaps: ['documents', 'arrival_date', 'first_appointment'],
      documentsDone: 3,
      documentsTotal: 6,
      arrivalWeek: null,
    });
    await save(person, {
      expectedRevision: 1,
      abroadCountry: 'TN',
      abroadTimeZone: 'Africa/Tunis',
      plannedArrivalOn: '2026-07-06',
      predepartureDocuments: documents.map((d) => ({ ...d, status: 'done' as const })),
    });
    // An appointment the day before arrival week does not count; one on its Sunday evening (Toronto) does.
    const appointment = (startsAt: string) =>
      scheduleAppointment(scene.deps)(scene.counselor, {
        personId: person,
        mode: 'in_person',
        place: 'Bureau',
        startsAt,
        durationMinutes: 60,
        staffUserIds: [scene.counselor.actor.userId],
        partners: [],
      });
    await appointment('2026-07-05T15:00:00Z');
    view = await read(person);
    expect(view.predeparture).toMatchObject({ ready: false, gaps: ['first_appointment'] });
    await appointment('2026-07-13T02:00:00Z');
    view = await read(person);
    expect(view.predeparture).toMatchObject({
      ready: true,
      gaps: [],
      arrivalWeek: { from: '2026-07-06', to: '2026-07-12' },
    });
    expect(view.predeparture?.arrivalWeekAppointments).toHaveLength(1);
    expect(await relocationPlanOf(database.db, person, scene.organization.id)).toMatchObject({
      plannedArrivalOn: '2026-07-06',
      businessCreatedOn: null,
    });
  });

  it('follows a business takeover: its place, steps, NEQ checked, its creation day not ahead', async () => {
    const person = await scene.person('Samir');
    // Rimouski (Bas-Saint-Laurent) in the places reference.
    const rimouski = await database.db
      .selectFrom('places')
      .select('code')
      .where('country', '=', 'CA')
      .where('name', '=', 'Rimouski')
      .executeTakeFirstOrThrow();
    const steps = defaultBusinessSteps().map((s, i) =>
      i < 2 ? { ...s, status: 'done' as const, doneOn: '2026-05-01' } : s,
    );
    const takeover = {
      track: 'entrepreneurship' as const,
      businessKind: 'takeover' as const,
      businessTakeoverOf: 'Boulangerie du village',
      businessPlaceCode: rimouski.code,
      businessSteps: steps,
    };
    await expect(save(person, { ...takeover, businessPlaceCode: '999999999' })).rejects.toMatchObject({
      code: 'RELOCATION_PLAN_PLACE_UNKNOWN',
    });
    await expect(
      save(person, { ...takeover, businessCreatedOn: '2026-06-01', businessNeq: '4412345678' }),
    ).rejects.toMatchObject({ code: 'RELOCATION_PLAN_NEQ_INVALID' });
    await expect(save(person, { ...takeover, businessCreatedOn: '2026-06-12' })).rejects.toMatchObject({
      code: 'RELOCATION_PLAN_BUSINESS_DATE_AHEAD',
    });
    await save(person, { ...takeover, businessCreatedOn: '2026-06-01', businessNeq: '1123 456 789' });
    const view = await read(person);
    expect(view.plan).toMatchObject({
      businessPlace: { country: 'CA', code: rimouski.code, name: 'Rimouski' },
      businessNeq: '1123456789',
      businessCreatedOn: '2026-06-01',
    });
    expect(view.plan?.businessSteps.map((s) => s.status)).toEqual([
      'done',
      'done',
      'to_do',
      'to_do',
      'to_do',
      'to_do',
    ]);
  });

  it('lists the organization’s open offers in the preferred regions, first region first', async () => {
    const person = await scene.person('Ahmed');
    const employerId = (
      await createEmployer(scene.deps)(scene.counselor, { name: 'Mine Abitibi', country: 'CA' })
    ).id;
    const offer = async (title: string, city: string) =>
      (
        await createOffer(scene.deps)(scene.counselor, {
          employerId,
          title,
          contractType: 'permanent',
          place: { city },
        })
      ).id;
    const rouyn = await offer('Électromécanicien', 'Rouyn-Noranda');
    const rimouski = await offer('Préposé aux bénéficiaires', 'Rimouski');
    await offer('Commis', 'Montréal');
    expect((await relocationPlanOffers(scene.deps)(scene.counselor, { personId: person })).items).toEqual([]);
    await save(person, {
      regions: [
        { country: 'CA', code: '01' },
        { country: 'CA', code: '08' },
      ],
    });
    const { items } = await relocationPlanOffers(scene.deps)(scene.counselor, { personId: person });
    expect(items.map((o) => [o.id, o.regionCode])).toEqual([
      [rimouski, '01'],
      [rouyn, '08'],
    ]);
  });

  it('is not found from another organization, and refused to roles that do not follow people', async () => {
    const person = await scene.person('Hidden');
    await save(person);
    const other = await givenOrganization(database.db, { country: 'CA' });
    const outsider = await givenStaff(database.db, other.id, 'counselor');
    await expect(readRelocationPlan(scene.deps)(outsider, { personId: person })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    await expect(
      saveRelocationPlan(scene.deps)(outsider, { personId: person, ...body() }),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    const administrator = await scene.staff('administrator');
    await expect(readRelocationPlan(scene.deps)(administrator, { personId: person })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await relocationPlanOf(database.db, person, other.id)).toBeNull();
  });

  it('exports the plan with its history and anonymizes its free texts, keeping what is counted', async () => {
    const person = await scene.person('Export');
    await save(person, { spouseOccupation: 'Infirmière', healthNote: 'Note' });
    const exported = await relocationPlansPersonData.personDataFor(
      database.db,
      scene.organization.id,
      person,
    );
    expect(exported.relocationPlans).toHaveLength(1);
    expect(exported.relocationPlans[0]).toMatchObject({
      spouseOccupation: 'Infirmière',
      track: 'employment',
    });
    expect(exported.relocationPlans[0]!.revisions).toHaveLength(1);
    expect(
      await relocationPlansPersonData.anonymizePersonData(database.db, scene.organization.id, person),
    ).toBe(1);
    const after = await relocationPlansPersonData.personDataFor(database.db, scene.organization.id, person);
    expect(after.relocationPlans[0]).toMatchObject({
      spouseOccupation: null,
      healthNote: null,
      track: 'employment',
    });
    const snapshots = await database.db
      .selectFrom('relocation_plan_revisions')
      .select('snapshot')
      .where('person_id', '=', person)
      .execute();
    expect(JSON.stringify(snapshots)).not.toContain('Infirmière');
  });

  it('is read, not changed, while the person’s processing is restricted', async () => {
    const person = await scene.person('Restricted');
    await save(person);
    await restrictProcessing(scene.deps)(scene.counselor, { personId: person, reason: 'Contests her file' });
    // The database's guard refuses it (the HTTP layer answers PERSON_PROCESSING_RESTRICTED).
    await expect(save(person, { expectedRevision: 1, track: 'studies' })).rejects.toMatchObject({
      code: processingRestrictedSqlState,
    });
    expect((await read(person)).plan?.track).toBe('employment');
  });
});
