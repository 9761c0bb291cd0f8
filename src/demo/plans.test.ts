import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { fixedClock } from '../core/clock.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { planSignalsOf } from '../modules/plans/api.js';
import { personPlans } from '../modules/plans/use-cases/person-plans.js';
import { loadDemo } from './load-demo.js';

let database: TestDatabase;
const clock = fixedClock('2026-03-10T09:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(testDeps(database, clock));
}, 240_000);
afterAll(() => database.close());

async function counselorOf(email: string) {
  const user = await database.db
    .selectFrom('users')
    .select(['id'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  const membership = await database.db
    .selectFrom('memberships')
    .select('organization_id')
    .where('user_id', '=', user.id)
    .executeTakeFirstOrThrow();
  const actor = await buildActor(
    database.db,
    { id: user.id, displayName: 'c', locale: 'en' },
    's',
    membership.organization_id,
  );
  return { actor, requestId: 'r', locale: 'en' as const, ip: null };
}

// A data load through the use cases, not a timed assertion: the tests get room on a busy machine.
describe('demo plans', { timeout: 120_000 }, () => {
  it('gives each program plans with steps done, abandoned and overdue, and the three signature states', async () => {
    const plans = await database.db
      .selectFrom('plans')
      .select(['id', 'organization_id', 'person_id', 'language', 'revision', 'signed_revision'])
      .execute();
    expect(plans).toHaveLength(6);
    expect(plans.filter((p) => p.language === 'en')).toHaveLength(2);
    const signed = plans.filter((p) => p.signed_revision !== null);
    expect(signed.map((p) => p.revision > p.signed_revision!).sort()).toEqual([false, true, true, true]);
    const statuses = await database.db.selectFrom('plan_steps').select('status').execute();
    for (const status of ['planned', 'in_progress', 'done', 'abandoned'])
      expect(
        statuses.some((s) => s.status === status),
        status,
      ).toBe(true);
    const overdue = await Promise.all(
      plans.map(
        async (p) =>
          (await planSignalsOf(database.db, p.organization_id, [p.person_id], '2026-03-10')).get(
            p.person_id,
          )!,
      ),
    );
    expect(overdue.every((s) => s.hasPlan)).toBe(true);
    expect(overdue.filter((s) => s.overdueSteps > 0).length).toBeGreaterThanOrEqual(5);
  });

  it("shows the St. Louis counselor the civil engineer's plan with its progress", async () => {
    const counselor = await counselorOf('counselor@stlouis.demo');
    const plan = await database.db
      .selectFrom('plans')
      .select('person_id')
      .where('target_field', '=', 'Civil engineering')
      .executeTakeFirstOrThrow();
    const { items } = await personPlans(testDeps(database, clock))(counselor, { personId: plan.person_id });
    expect(items[0]).toMatchObject({
      targetField: 'Civil engineering',
      signature: 'changed_since_signature',
      progress: { done: 3, counted: 9, percent: 33 },
      overdueSteps: 2,
    });
    expect(items[0]!.goals.map((g) => g.kind)).toEqual([
      'language_level',
      'credential_evaluation',
      'licensure',
      'job_search',
    ]);
  });
});
