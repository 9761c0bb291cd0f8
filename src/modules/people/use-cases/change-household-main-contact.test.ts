import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenHouseholdScene, type HouseholdScene } from '../../../../test/support/households.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { changeHouseholdMainContact } from './change-household-main-contact.js';

let database: TestDatabase;
let scene: HouseholdScene;
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenHouseholdScene(database);
});
afterAll(() => database.close());

const relations = async (householdId: string) =>
  new Map(
    (
      await database.db
        .selectFrom('household_memberships')
        .select(['person_id', 'relation'])
        .where('household_id', '=', householdId)
        .where('left_on', 'is', null)
        .execute()
    ).map((m) => [m.person_id, m.relation]),
  );

describe("changing a household's main contact", () => {
  it('makes the member the main contact; the former one takes the inverse relation, the others keep theirs, keys stay', async () => {
    const [parent, child, spouse] = [await scene.person(), await scene.person(), await scene.person()];
    const { householdId } = await scene.form(scene.counselor, { personId: parent });
    await scene.add(scene.counselor, { householdId, personId: child, relation: 'child' });
    await scene.add(scene.counselor, { householdId, personId: spouse, relation: 'spouse' });
    const enrolment = await scene.enrol(child);

    await changeHouseholdMainContact(scene.deps)(scene.counselor, { householdId, personId: child });

    expect(
      (
        await database.db
          .selectFrom('households')
          .select('main_contact_person_id')
          .where('id', '=', householdId)
          .executeTakeFirstOrThrow()
      ).main_contact_person_id,
    ).toBe(child);
    expect(await relations(householdId)).toEqual(
      new Map([
        [parent, 'parent'],
        [child, 'main'],
        [spouse, 'spouse'],
      ]),
    );
    expect(await scene.keyOf(enrolment)).toBe(householdId);
    const told = await database.db
      .selectFrom('timeline_events')
      .select('person_id')
      .where('resource_id', '=', householdId)
      .where('kind', '=', 'household.main_contact_changed')
      .execute();
    expect(told.map((e) => e.person_id).sort()).toEqual([parent, child, spouse].sort());
  });

  it('refuses a person who is not a current member', async () => {
    const [main, former] = [await scene.person(), await scene.person()];
    const { householdId } = await scene.form(scene.counselor, { personId: main });
    await scene.add(scene.counselor, { householdId, personId: former, relation: 'other' });
    await scene.remove(scene.counselor, { householdId, personId: former });
    await expect(
      changeHouseholdMainContact(scene.deps)(scene.counselor, { householdId, personId: former }),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_IN_HOUSEHOLD' });
  });
});
