import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenFollowUpScene } from '../../../../test/support/follow-up-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { undoPersonMerge } from '../../people/use-cases/undo-person-merge.js';
import { mergePersonFiles } from '../../programs/use-cases/merge-person-files.js';
import { addGoal } from './add-goal.js';
import { createPlan } from './create-plan.js';
import { personPlans } from './person-plans.js';

/**
 * A kept file's career plans are followed by those of the files merged into it, marked with their file,
 * audited on it, and only while the merge is in force (docs/duplicates.md).
 */
let database: TestDatabase;
const clock = fixedClock('2026-03-09T12:00:00Z');
let scene: Awaited<ReturnType<typeof givenFollowUpScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenFollowUpScene(database, clock);
});
afterAll(() => database.close());

describe("a kept file's plans", () => {
  it("lists the merged file's plan after its own, marked with it, until the undo", async () => {
    const { deps, staff } = scene;
    const kept = await scene.newPerson('Yusuf');
    const away = await scene.newPerson('Youssef');
    const own = await createPlan(deps)(staff.counselor, { personId: kept, language: 'fr' });
    const theirs = await createPlan(deps)(staff.counselor, { personId: away, language: 'en' });
    await addGoal(deps)(staff.counselor, { planId: theirs.id, kind: 'language_level', title: 'Reach B1' });
    const before = await personPlans(deps)(staff.colleague, { personId: kept });
    expect(before.items.map((p) => [p.id, p.fromMergedFile])).toEqual([[own.id, null]]);

    await mergePersonFiles(deps)(staff.counselor, { keptPersonId: kept, mergedPersonId: away });
    const merged = await personPlans(deps)(staff.colleague, { personId: kept });
    expect(merged.items.map((p) => [p.id, p.fromMergedFile])).toEqual([
      [own.id, null],
      [theirs.id, { personId: away, givenName: 'Youssef', familyName: 'Test' }],
    ]);
    expect(merged.items[1]?.goals.map((g) => g.title)).toEqual(['Reach B1']);
    const audited = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'plan.read')
      .where('person_id', '=', away)
      .execute();
    expect(audited.map((a) => a.details)).toEqual([{ plans: 1, via: 'kept_file' }]);
    // The merged file read for itself: its own plan, unmarked.
    const itself = await personPlans(deps)(staff.colleague, { personId: away });
    expect(itself.items.map((p) => [p.id, p.fromMergedFile])).toEqual([[theirs.id, null]]);
    await expect(personPlans(deps)(staff.outsider, { personId: kept })).rejects.toMatchObject({
      status: 404,
    });
    await expect(personPlans(deps)(staff.funder, { personId: kept })).rejects.toMatchObject({ status: 403 });

    await undoPersonMerge(deps)(staff.counselor, { personId: away });
    expect(await personPlans(deps)(staff.colleague, { personId: kept })).toEqual(before);
  });
});
