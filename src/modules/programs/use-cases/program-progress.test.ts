import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenStaff } from '../../../../test/support/fixtures.js';
import {
  givenConsortiumProgram,
  replaceProgramEnrolments,
} from '../../../../test/support/program-enrolments.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { uuidv7 } from '../../../core/ids.js';
import { createProgram } from './create-program.js';
import { programProgress } from './program-progress.js';
import { setTargets } from './set-targets.js';

let database: TestDatabase;
const clock = fixedClock('2026-05-04T10:00:00Z');
let members: string[];
let programId: string;
let consortiumId: string;
/** Six people in each member organization (a person is enrolled by the organization whose file it is). */
const peopleOf = new Map<string, string[]>();
let coordinator: Awaited<ReturnType<typeof givenStaff>>;

beforeAll(async () => {
  database = await createTestDatabase();
  const deps = testDeps(database, clock);
  const scene = await givenConsortiumProgram(deps, 'PROG', 6);
  members = scene.members;
  consortiumId = scene.consortiumId;
  programId = scene.programId;
  coordinator = await givenStaff(database.db, scene.regional, 'coordinator');
  for (const [member, ids] of scene.peopleOf) peopleOf.set(member, ids);
});
afterAll(() => database.close());

interface Enrolment {
  member: number;
  person: number;
  household: number | null;
  enrolledOn: string;
}
interface Target {
  member: number | null;
  periodStart: string;
  periodEnd: string;
  unit: 'person' | 'household';
}

const day = fc
  .integer({ min: 0, max: 40 })
  .map((offset) => new Date(Date.UTC(2026, 0, 1 + offset * 9)).toISOString().slice(0, 10));
const enrolment = fc.record({
  member: fc.integer({ min: 0, max: 1 }),
  person: fc.integer({ min: 0, max: 5 }),
  household: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  enrolledOn: day,
});
const period = fc.tuple(day, day).map(([a, b]): [string, string] => (a <= b ? [a, b] : [b, a]));
const target = fc.record({
  member: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
  period,
  unit: fc.constantFrom('person' as const, 'household' as const),
});

/** The distinct units of a target enrolled in its period up to `through`, counted from the enrolments themselves. */
function countedThrough(enrolments: readonly Enrolment[], t: Target, through: string) {
  const keys = new Set(
    enrolments
      .filter(
        (e) =>
          (t.member === null || e.member === t.member) &&
          t.periodStart <= e.enrolledOn &&
          e.enrolledOn <= t.periodEnd &&
          e.enrolledOn <= through,
      )
      .map((e) => {
        const personKey = `${e.member}:${e.person}`;
        return t.unit === 'household' && e.household !== null ? `household ${e.household}` : personKey;
      }),
  );
  return keys.size;
}

/** What the progress must say, counted from the enrolments themselves. */
function recomputed(enrolments: readonly Enrolment[], targets: readonly Target[]) {
  return targets.map((t) => countedThrough(enrolments, t, t.periodEnd));
}

describe('program progress', () => {
  it('gives each row its monthly trajectory, projection and status as of today, members seeing their own rows', async () => {
    const deps = testDeps(database, clock);
    const [a, b] = members as [string, string];
    const regional = coordinator.actor.organizationId;
    const program = (
      await createProgram(deps)(systemContext(), {
        ownerOrganizationId: regional,
        consortiumId,
        code: 'TRAJ',
        nameFr: 'Trajectoire',
        nameEn: 'Trajectory',
        countingUnit: 'person',
        status: 'active',
        rules: [],
      })
    ).id;
    const enrolled: [string, number, string][] = [
      [a, 0, '2026-01-15'],
      [a, 1, '2026-02-10'],
      [a, 2, '2026-03-31'],
      [a, 3, '2026-05-02'],
      [b, 0, '2026-02-28'],
      [b, 0, '2026-04-01'], // again: counted once, in February
      [b, 1, '2026-03-01'],
    ];
    await database.db
      .insertInto('enrolments')
      .values(
        enrolled.map(([organization, person, on]) => ({
          id: uuidv7(),
          organization_id: organization,
          program_id: program,
          person_id: peopleOf.get(organization)![person]!,
          household_key: null,
          status: 'exited' as const,
          enrolled_on: on,
          intake_source: 'walk_in',
          eligibility_verdict: 'eligible',
          eligibility_snapshot: JSON.stringify({}),
          created_at: new Date(),
        })),
      )
      .execute();
    const year = (start: string, end: string, member: string | null, targetCount: number) => ({
      memberOrganizationId: member,
      periodStart: start,
      periodEnd: end,
      targetCount,
      unit: 'person' as const,
    });
    await setTargets(deps)(systemContext(), {
      programId: program,
      targets: [
        year('2025-01-01', '2025-12-31', null, 10),
        year('2026-01-01', '2026-12-31', null, 6),
        year('2026-01-01', '2026-12-31', a, 10),
        year('2026-01-01', '2026-12-31', b, 12),
        year('2027-01-01', '2027-12-31', null, 100),
      ],
    });
    const progress = await programProgress(deps)(coordinator, { programId: program });
    expect(progress.today).toBe('2026-05-04');
    const summary = progress.rows.map((r) => [
      r.organizationName,
      r.periodStart,
      r.actual,
      r.projection,
      r.status,
    ]);
    // 4 May is the 124th day of 365: A expects 3.4 and has 4 (11 at this pace), B expects 4.1 and has 2.
    expect(summary).toEqual([
      [null, '2025-01-01', 0, 0, 'behind'],
      [null, '2026-01-01', 6, 17, 'achieved'],
      ['Member A', '2026-01-01', 4, 11, 'on_track'],
      ['Member B', '2026-01-01', 2, 5, 'behind'],
      [null, '2027-01-01', 0, null, 'not_started'],
    ]);
    const memberA = progress.rows[2]!;
    expect(memberA.expectedToDate).toBeCloseTo((10 * 124) / 365, 10);
    expect(memberA.series.map((p) => p.actual)).toEqual([
      1,
      2,
      3,
      3,
      4,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(memberA.series.at(-1)).toEqual({
      month: '2026-12',
      pointOn: '2026-12-31',
      actual: null,
      expected: 10,
    });
    expect(progress.rows[3]!.series.slice(0, 5).map((p) => p.actual)).toEqual([0, 1, 2, 2, 2]);

    // A member's referent sees its own rows and the totals, with the same figures.
    const referentOfB = await givenStaff(database.db, b, 'program_referent');
    const seenByB = await programProgress(deps)(referentOfB, { programId: program });
    expect(seenByB.rows.map((r) => r.organizationName)).toEqual([null, null, 'Member B', null]);
    expect(seenByB.rows[2]).toEqual(progress.rows[3]);
  });

  it('equals the distinct persons or households recomputed from the enrolments, per member and in total', async () => {
    const deps = testDeps(database, clock);
    await fc.assert(
      fc.asyncProperty(
        fc.array(enrolment, { maxLength: 25 }),
        fc.array(target, { minLength: 1, maxLength: 6 }),
        async (enrolments, drawn) => {
          const targets: Target[] = drawn.map((t) => ({
            member: t.member,
            periodStart: t.period[0],
            periodEnd: t.period[1],
            unit: t.unit,
          }));
          await replaceProgramEnrolments(
            database.db,
            programId,
            enrolments.map((e) => ({
              organizationId: members[e.member]!,
              personId: peopleOf.get(members[e.member]!)![e.person]!,
              householdKey: e.household === null ? null : `household ${e.household}`,
              enrolledOn: e.enrolledOn,
            })),
          );
          await setTargets(deps)(systemContext(), {
            programId,
            targets: targets.map((t, i) => ({
              memberOrganizationId: t.member === null ? null : members[t.member]!,
              periodStart: t.periodStart,
              periodEnd: t.periodEnd,
              targetCount: 10 + i,
              unit: t.unit,
            })),
          });
          const progress = await programProgress(deps)(coordinator, { programId });
          // Rows come back in the targets' stored order; each is found by its own target count.
          const actual = targets.map((_, i) => progress.rows.find((r) => r.target === 10 + i)?.actual);
          expect(actual).toEqual(recomputed(enrolments, targets));
          // Each month end's cumulative is what was enrolled by that day, up to the month of today.
          for (const [i, t] of targets.entries()) {
            const row = progress.rows.find((r) => r.target === 10 + i)!;
            for (const point of row.series)
              expect(point.actual).toBe(
                progress.today < t.periodStart || point.month > progress.today.slice(0, 7)
                  ? null
                  : countedThrough(enrolments, t, point.pointOn),
              );
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
