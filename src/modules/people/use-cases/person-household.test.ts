import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenHouseholdScene, type HouseholdScene } from '../../../../test/support/households.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { personDataFor } from '../privacy.js';
import { personHousehold } from './person-household.js';

let database: TestDatabase;
let scene: HouseholdScene;
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenHouseholdScene(database);
});
afterAll(() => database.close());

describe("reading a person's household", () => {
  it('gives the members (main contact first) with names and relations, who left, and since when; audited', async () => {
    const [child, main, former] = [
      await scene.person('Ines'),
      await scene.person('Amadou'),
      await scene.person('Zoe'),
    ];
    const { householdId } = await scene.form(scene.counselor, { personId: main });
    await scene.add(scene.counselor, { householdId, personId: former, relation: 'other' });
    await scene.add(scene.counselor, { householdId, personId: child, relation: 'child' });
    await scene.remove(scene.counselor, { householdId, personId: former });

    const { household } = await personHousehold(scene.deps)(scene.counselor, { personId: child });

    expect(household).toEqual({
      id: householdId,
      mainContactPersonId: main,
      since: '2026-06-10',
      members: [
        {
          personId: main,
          givenName: 'Amadou',
          familyName: 'Household',
          relation: 'main',
          joinedOn: '2026-06-10',
          leftOn: null,
        },
        {
          personId: child,
          givenName: 'Ines',
          familyName: 'Household',
          relation: 'child',
          joinedOn: '2026-06-10',
          leftOn: null,
        },
      ],
      formerMembers: [
        {
          personId: former,
          givenName: 'Zoe',
          familyName: 'Household',
          relation: 'other',
          joinedOn: '2026-06-10',
          leftOn: '2026-06-10',
        },
      ],
    });
    // Who left reads no household of theirs.
    expect(await personHousehold(scene.deps)(scene.counselor, { personId: former })).toEqual({
      household: null,
    });
    const reads = await database.db
      .selectFrom('audit_events')
      .select('person_id')
      .where('action', '=', 'household.read')
      .execute();
    expect(reads.map((r) => r.person_id)).toEqual([child, former]);
  });

  it('is for roles that work with files, in the organization that follows the person', async () => {
    const personId = await scene.person();
    await expect(
      personHousehold(scene.deps)(await scene.staff('funder'), { personId }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const elsewhere = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    await expect(personHousehold(scene.deps)(elsewhere, { personId })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
  });

  it("gives the person's stays in households to their privacy export, without anyone's name", async () => {
    const [main, mover] = [await scene.person('Fatou'), await scene.person('Moussa')];
    const { householdId } = await scene.form(scene.counselor, { personId: main });
    await scene.add(scene.counselor, { householdId, personId: mover, relation: 'sibling' });
    await scene.remove(scene.counselor, { householdId, personId: mover });
    const data = await personDataFor(database.db, scene.organization.id, mover, {
      sensitive: false,
      keyRing: scene.deps.keyRing,
    });
    expect(data?.householdMemberships).toEqual([
      { householdId, relation: 'sibling', joinedOn: '2026-06-10', leftOn: '2026-06-10' },
    ]);
  });
});
