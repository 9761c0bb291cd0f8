import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../test/support/fixtures.js';
import { givenHouseholdScene } from '../../../test/support/households.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { systemContext } from '../../core/auth/actor.js';
import { fixedClock } from '../../core/clock.js';
import { householdFigures } from '../../modules/moves/use-cases/household-figures.js';
import { addExitRuleVersion } from '../../modules/outcomes/use-cases/exit-rules.js';
import { demoExitRules } from '../outcomes/rules.js';
import { seededRandom } from '../random.js';
import { loadQuebecHistory, settledPerYear } from './history.js';

/**
 * The demo's history of Emplois en régions is rows, not figures: the program's household figures,
 * computed from them, grow from 260 toward 1,160 a year, and its funnel's retention comes from the
 * 12-month follow-ups written with the moves.
 */
let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenHouseholdScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenHouseholdScene(database, fixedClock('2026-12-06T15:00:00Z'));
  await addExitRuleVersion(scene.deps)(systemContext(), {
    programId: scene.programId,
    effectiveFrom: '2023-01-01',
    ...demoExitRules['emplois-en-regions']!,
  });
});
afterAll(() => database.close());

describe("the demo's history of households settled in the regions", () => {
  it('is counted by the figures: each full year as written, the current one to today, retention at 12 months', async () => {
    const consortium = await givenConsortium(database.db, scene.organization.id, [scene.organization.id]);
    const host = await givenOrganization(database.db, {
      name: 'Partenaire régional — Abitibi',
      country: 'CA',
    });
    const { households } = await loadQuebecHistory(
      database.db,
      {
        programId: scene.programId,
        frontDoor: {
          organizationId: scene.organization.id,
          consortiumId: consortium.id,
          userId: scene.counselor.actor.userId,
        },
        hosts: { '08': host.id },
        members: [{ organizationId: scene.organization.id, userId: scene.counselor.actor.userId, share: 1 }],
        firstYear: 2023,
        today: '2026-12-06',
      },
      seededRandom(1),
    );
    const coordinator = await givenStaff(database.db, scene.organization.id, 'coordinator');
    const figures = await householdFigures(scene.deps)(coordinator, {
      programId: scene.programId,
      year: 2024,
    });
    const byYear = Object.fromEntries(figures.years.map((y) => [y.year, y.households]));
    expect(byYear[2023]).toBe(settledPerYear[0]);
    expect(byYear[2024]).toBe(settledPerYear[1]);
    expect(byYear[2025]).toBe(settledPerYear[2]);
    expect(byYear[2026]).toBeGreaterThan(settledPerYear[2]);
    expect(byYear[2026]).toBeLessThan(settledPerYear[3]);
    expect(households).toBe(Object.values(byYear).reduce((sum, n) => sum + n, 0));
    const stage = (name: string) => figures.funnel.stages.find((s) => s.stage === name)!.households;
    expect(stage('moves')).toBe(settledPerYear[1]);
    // Every 2024 household has reached its 12-month follow-up; most said they stayed.
    expect(figures.funnel.retentionDue).toBe(settledPerYear[1]);
    expect(stage('retained')).toBeGreaterThan(settledPerYear[1] * 0.6);
    expect(stage('retained')).toBeLessThan(settledPerYear[1]);
    expect(figures.byRegion.length).toBeGreaterThan(5);
    // The path narrows from the requests to the households that stayed.
    const path = ['requests', 'stays', 'decisions', 'moves', 'retained'].map(stage);
    expect(path[0]).toBeGreaterThan(2 * settledPerYear[1]);
    expect(path[1]).toBeGreaterThan(path[2]!);
    expect(path[2]).toBeLessThan(path[3]!);
    expect(path[3]).toBeGreaterThan(path[4]!);
    // The files are anonymized: no caseload shows them.
    const visible = await database.db
      .selectFrom('people')
      .leftJoin('person_privacy', 'person_privacy.person_id', 'people.id')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('people.organization_id', '=', scene.organization.id)
      .where('person_privacy.anonymized_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(visible.n)).toBeLessThan(5);
  });
});
