import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenHouseholdScene, type HouseholdScene } from '../../../../test/support/households.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { programProgress } from '../../programs/use-cases/program-progress.js';
import { setTargets } from '../../programs/use-cases/set-targets.js';
import { createPerson } from './create-person.js';

let database: TestDatabase;
let scene: HouseholdScene;
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenHouseholdScene(database);
});
afterAll(() => database.close());

const currentMembers = async (householdId: string) =>
  (
    await database.db
      .selectFrom('household_memberships')
      .select(['person_id', 'relation'])
      .where('household_id', '=', householdId)
      .where('left_on', 'is', null)
      .orderBy('joined_on')
      .orderBy('id')
      .execute()
  ).map((m) => [m.person_id, m.relation]);

describe('adding a file to a household', () => {
  it('counts a household once in a program counted in households, and leaves closed enrolments as they were', async () => {
    const before = await scene.counted();
    const [main, spouse, child] = [
      await scene.person('Main'),
      await scene.person('Spouse'),
      await scene.person('Child'),
    ];
    const mainEnrolment = await scene.enrol(main, '2026-02-01');
    const spouseEnrolment = await scene.enrol(spouse, '2026-03-01');
    // The child came through the program last year and left it: that count is past.
    const childEnrolment = await scene.enrol(child, '2026-01-15');
    await scene.exit(childEnrolment, '2026-04-30');
    expect(await scene.counted()).toEqual({
      households: before.households + 3,
      persons: before.persons + 3,
    });

    const { householdId } = await scene.form(scene.counselor, { personId: main });
    await scene.add(scene.counselor, { householdId, personId: spouse, relation: 'spouse' });
    await scene.add(scene.counselor, { householdId, personId: child, relation: 'child' });

    expect(await currentMembers(householdId)).toEqual([
      [main, 'main'],
      [spouse, 'spouse'],
      [child, 'child'],
    ]);
    expect(await scene.keyOf(mainEnrolment)).toBe(householdId);
    expect(await scene.keyOf(spouseEnrolment)).toBe(householdId);
    expect(await scene.keyOf(childEnrolment)).toBe(child);
    // Main and spouse now count once; the child's closed enrolment keeps counting as their own.
    expect(await scene.counted()).toEqual({
      households: before.households + 2,
      persons: before.persons + 3,
    });
  });

  it("shows the household once on the program's progress against a target in households", async () => {
    const year = {
      memberOrganizationId: null,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      targetCount: 100,
    };
    await setTargets(scene.deps)(systemContext(), {
      programId: scene.programId,
      targets: [
        { ...year, unit: 'household' },
        { ...year, unit: 'person' },
      ],
    });
    const director = await scene.staff('director');
    const actuals = async () =>
      Object.fromEntries(
        (await programProgress(scene.deps)(director, { programId: scene.programId })).rows.map((row) => [
          row.unit,
          row.actual,
        ]),
      );
    const before = await actuals();
    const [main, spouse] = [await scene.person(), await scene.person()];
    await scene.enrol(main);
    await scene.enrol(spouse);
    const { householdId } = await scene.form(scene.counselor, { personId: main });
    await scene.add(scene.counselor, { householdId, personId: spouse, relation: 'spouse' });
    expect(await actuals()).toEqual({ household: before.household! + 1, person: before.person! + 2 });
  });

  it('gives an enrolment opened after joining the household key', async () => {
    const [main, parent] = [await scene.person(), await scene.person()];
    const { householdId } = await scene.form(scene.counselor, { personId: main });
    await scene.add(scene.counselor, { householdId, personId: parent, relation: 'parent' });
    expect(await scene.keyOf(await scene.enrol(parent))).toBe(householdId);
  });

  it('refuses a person who is in another household (or already in this one) with a clear code', async () => {
    const [first, second, both] = [await scene.person(), await scene.person(), await scene.person()];
    const one = (await scene.form(scene.counselor, { personId: first })).householdId;
    const other = (await scene.form(scene.counselor, { personId: second })).householdId;
    await scene.add(scene.counselor, { householdId: one, personId: both, relation: 'sibling' });
    for (const householdId of [other, one])
      await expect(
        scene.add(scene.counselor, { householdId, personId: both, relation: 'other' }),
      ).rejects.toMatchObject({ code: 'PERSON_ALREADY_IN_HOUSEHOLD', status: 409 });
    await expect(scene.form(scene.counselor, { personId: both })).rejects.toMatchObject({
      code: 'PERSON_ALREADY_IN_HOUSEHOLD',
    });
    expect(await currentMembers(other)).toEqual([[second, 'main']]);
  });

  it('the database itself keeps a person in one household at a time', async () => {
    const [first, second] = [await scene.person(), await scene.person()];
    await scene.form(scene.counselor, { personId: first });
    const other = (await scene.form(scene.counselor, { personId: second })).householdId;
    await expect(
      sql`INSERT INTO household_memberships (id, organization_id, household_id, person_id, relation, joined_on)
          VALUES (gen_random_uuid(), ${scene.organization.id}, ${other}, ${first}, 'other', '2026-06-10')`.execute(
        database.db,
      ),
    ).rejects.toMatchObject({ code: '23505' });
  });

  it("refuses another organization's file (not found) and hides the household from another organization's staff", async () => {
    const main = await scene.person();
    const { householdId } = await scene.form(scene.counselor, { personId: main });
    const elsewhere = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    const stranger = (
      await createPerson(scene.deps)(elsewhere, { identity: { givenName: 'Out', familyName: 'Side' } })
    ).id;
    await expect(
      scene.add(scene.counselor, { householdId, personId: stranger, relation: 'spouse' }),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND', status: 404 });
    await expect(
      scene.add(elsewhere, { householdId, personId: stranger, relation: 'spouse' }),
    ).rejects.toMatchObject({ code: 'HOUSEHOLD_NOT_FOUND', status: 404 });
    expect(await currentMembers(householdId)).toEqual([[main, 'main']]);
  });

  it('refuses a restricted file (the restriction of processing holds on households too)', async () => {
    const [main, restricted] = [await scene.person(), await scene.person()];
    const { householdId } = await scene.form(scene.counselor, { personId: main });
    await database.db
      .insertInto('person_privacy')
      .values({
        person_id: restricted,
        organization_id: scene.organization.id,
        restricted_at: new Date(),
        restricted_by: scene.counselor.actor.userId,
      } as never)
      .execute();
    await expect(
      scene.add(scene.counselor, { householdId, personId: restricted, relation: 'child' }),
    ).rejects.toMatchObject({ code: 'PR018' });
  });

  it('tells every member on their timeline, without naming anyone', async () => {
    const [main, spouse] = [await scene.person(), await scene.person()];
    const { householdId } = await scene.form(scene.counselor, { personId: main });
    await scene.add(scene.counselor, { householdId, personId: spouse, relation: 'spouse' });
    const events = await database.db
      .selectFrom('timeline_events')
      .select(['person_id', 'kind', 'data'])
      .where('resource_id', '=', householdId)
      .orderBy('id')
      .execute();
    expect(events.map((e) => [e.person_id, e.kind])).toEqual([
      [main, 'household.formed'],
      [spouse, 'household.joined'],
      [main, 'household.member_joined'],
    ]);
    for (const event of events) expect(JSON.stringify(event.data)).toBe('{}');
  });
});
