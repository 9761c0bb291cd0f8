import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenHouseholdScene, type HouseholdScene } from '../../../../test/support/households.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';

let database: TestDatabase;
let scene: HouseholdScene;
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenHouseholdScene(database);
});
afterAll(() => database.close());

const stays = async (householdId: string) =>
  (
    await database.db
      .selectFrom('household_memberships')
      .select(['person_id', 'left_on'])
      .where('household_id', '=', householdId)
      .orderBy('id')
      .execute()
  ).map((m) => [m.person_id, m.left_on]);

describe('a member leaving a household', () => {
  it('ends their stay today and keeps it; their open enrolment counts as their own again, a closed one keeps its key', async () => {
    const [main, spouse] = [await scene.person(), await scene.person()];
    const { householdId } = await scene.form(scene.counselor, { personId: main });
    const closed = await scene.enrol(spouse, '2026-01-10');
    await scene.add(scene.counselor, { householdId, personId: spouse, relation: 'spouse' });
    // Rekeyed while open, then closed inside the household: that enrolment stays in the household's count.
    await scene.exit(closed, '2026-03-01');
    const open = await scene.enrol(spouse, '2026-04-01');
    expect(await scene.keyOf(open)).toBe(householdId);
    const before = await scene.counted();

    await scene.remove(scene.counselor, { householdId, personId: spouse });

    expect(await stays(householdId)).toEqual([
      [main, null],
      [spouse, '2026-06-10'],
    ]);
    expect(await scene.keyOf(open)).toBe(spouse);
    expect(await scene.keyOf(closed)).toBe(householdId);
    // The household counted once; the spouse, on their own now, counts too.
    expect(await scene.counted()).toEqual({ households: before.households + 1, persons: before.persons });
    const events = await database.db
      .selectFrom('timeline_events')
      .select(['person_id', 'kind'])
      .where('resource_id', '=', householdId)
      .where('kind', 'in', ['household.left', 'household.member_left'])
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { person_id: spouse, kind: 'household.left' },
      { person_id: main, kind: 'household.member_left' },
    ]);
  });

  it('lets the person join another household afterwards; the history keeps both stays', async () => {
    const [main, other, mover] = [await scene.person(), await scene.person(), await scene.person()];
    const first = (await scene.form(scene.counselor, { personId: main })).householdId;
    const second = (await scene.form(scene.counselor, { personId: other })).householdId;
    await scene.add(scene.counselor, { householdId: first, personId: mover, relation: 'child' });
    await scene.remove(scene.counselor, { householdId: first, personId: mover });
    await scene.add(scene.counselor, { householdId: second, personId: mover, relation: 'sibling' });
    const history = await database.db
      .selectFrom('household_memberships')
      .select(['household_id', 'left_on'])
      .where('person_id', '=', mover)
      .orderBy('id')
      .execute();
    expect(history).toEqual([
      { household_id: first, left_on: '2026-06-10' },
      { household_id: second, left_on: null },
    ]);
  });

  it('keeps the main contact while others remain, and a household left with one member stays', async () => {
    const [main, child] = [await scene.person(), await scene.person()];
    const { householdId } = await scene.form(scene.counselor, { personId: main });
    await scene.add(scene.counselor, { householdId, personId: child, relation: 'child' });
    await expect(scene.remove(scene.counselor, { householdId, personId: main })).rejects.toMatchObject({
      code: 'HOUSEHOLD_MAIN_CONTACT_LEAVING',
    });
    await scene.remove(scene.counselor, { householdId, personId: child });
    const enrolment = await scene.enrol(main);
    expect(await scene.keyOf(enrolment)).toBe(householdId);
    // The last member may leave: the household then has none, and is kept for the figures it was counted in.
    await scene.remove(scene.counselor, { householdId, personId: main });
    expect(await scene.keyOf(enrolment)).toBe(main);
    expect(await stays(householdId)).toEqual([
      [main, '2026-06-10'],
      [child, '2026-06-10'],
    ]);
  });

  it('refuses someone who is not a member now, and hides the household from another organization', async () => {
    const [main, stranger] = [await scene.person(), await scene.person()];
    const { householdId } = await scene.form(scene.counselor, { personId: main });
    await expect(scene.remove(scene.counselor, { householdId, personId: stranger })).rejects.toMatchObject({
      code: 'PERSON_NOT_IN_HOUSEHOLD',
    });
    const elsewhere = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'director');
    await expect(scene.remove(elsewhere, { householdId, personId: main })).rejects.toMatchObject({
      code: 'HOUSEHOLD_NOT_FOUND',
    });
  });
});
