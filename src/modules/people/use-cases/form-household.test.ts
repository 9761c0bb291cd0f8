import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenHouseholdScene, type HouseholdScene } from '../../../../test/support/households.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';

let database: TestDatabase;
let scene: HouseholdScene;
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenHouseholdScene(database);
});
afterAll(() => database.close());

describe('forming a household from a file', () => {
  it('makes the person its main contact from today, moves their open enrolment to it, tells their timeline and audits', async () => {
    const personId = await scene.person('Mariama');
    const enrolmentId = await scene.enrol(personId);
    expect(await scene.keyOf(enrolmentId)).toBe(personId);

    const { householdId } = await scene.form(scene.counselor, { personId });

    const household = await database.db
      .selectFrom('households')
      .selectAll()
      .where('id', '=', householdId)
      .executeTakeFirstOrThrow();
    expect(household).toMatchObject({
      organization_id: scene.organization.id,
      main_contact_person_id: personId,
      created_by: scene.counselor.actor.userId,
    });
    const memberships = await database.db
      .selectFrom('household_memberships')
      .selectAll()
      .where('household_id', '=', householdId)
      .execute();
    // 10 June 09:00 UTC is still 10 June in Toronto.
    expect(memberships.map((m) => [m.person_id, m.relation, m.joined_on, m.left_on])).toEqual([
      [personId, 'main', '2026-06-10', null],
    ]);
    expect(await scene.keyOf(enrolmentId)).toBe(householdId);
    const events = await listPersonTimeline(scene.deps)(scene.counselor, { personId, modules: ['people'] });
    expect(events.items.map((e) => [e.kind, e.resourceId])).toContainEqual(['household.formed', householdId]);
    const audited = await database.db
      .selectFrom('audit_events')
      .select(['action', 'resource_id'])
      .where('person_id', '=', personId)
      .where('action', '=', 'household.form')
      .execute();
    expect(audited).toEqual([{ action: 'household.form', resource_id: householdId }]);
  });

  it('refuses a person already in a household, with a clear code', async () => {
    const personId = await scene.person();
    await scene.form(scene.counselor, { personId });
    await expect(scene.form(scene.counselor, { personId })).rejects.toMatchObject({
      code: 'PERSON_ALREADY_IN_HOUSEHOLD',
    });
  });

  it("is refused to roles that do not work with files, and another organization's staff do not find the person", async () => {
    const personId = await scene.person();
    await expect(scene.form(await scene.staff('funder'), { personId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const elsewhere = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    await expect(scene.form(elsewhere, { personId })).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    expect(
      await database.db
        .selectFrom('household_memberships')
        .select('id')
        .where('person_id', '=', personId)
        .execute(),
    ).toEqual([]);
  });
});
