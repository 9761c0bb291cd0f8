import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { personIdsBelowIntensity } from '../modules/follow-up/api.js';
import { loadDemo } from './load-demo.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

// A whole-demo load through the use cases: a data load, not a timed assertion, so it gets room.
describe('demo follow-up', { timeout: 240_000 }, () => {
  it('leaves Toulouse with IPR young people below and above two contacts, a confidential note and video appointments', async () => {
    const deps = testDeps(database);
    await loadDemo(deps);
    const toulouse = await database.db
      .selectFrom('organizations')
      .select('id')
      .where('name', 'like', '%Toulouse%')
      .executeTakeFirstOrThrow();
    const today = deps.clock.now().toISOString().slice(0, 10);
    const below = await personIdsBelowIntensity(database.db, toulouse.id, today).execute();
    const followed = await database.db
      .selectFrom('appointments')
      .select('person_id')
      .distinct()
      .where('organization_id', '=', toulouse.id)
      .execute();
    expect(below.length).toBeGreaterThan(0);
    // People of the demo pattern with two contacts or more are not flagged.
    const followedIds = new Set(followed.map((r) => r.person_id));
    const flaggedAmongFollowed = below.filter((r) => followedIds.has(r.person_id)).length;
    expect(flaggedAmongFollowed).toBeGreaterThan(0);
    expect(flaggedAmongFollowed).toBeLessThan(followedIds.size);
    const confidential = await database.db
      .selectFrom('follow_up_notes')
      .select('id')
      .where('confidential', '=', true)
      .execute();
    expect(confidential.length).toBeGreaterThan(0);
    const videos = await database.db
      .selectFrom('appointments')
      .select(['organization_id'])
      .where('mode', '=', 'video')
      .where('status', '=', 'scheduled')
      .execute();
    expect(new Set(videos.map((v) => v.organization_id)).size).toBeGreaterThanOrEqual(2);
  });
});
