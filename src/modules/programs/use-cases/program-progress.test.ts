import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { uuidv7 } from '../../../core/ids.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { createProgram } from './create-program.js';
import { programProgress } from './program-progress.js';
import { setTargets } from './set-targets.js';

let database: TestDatabase;
const clock = fixedClock('2026-05-04T10:00:00Z');
let members: string[];
let programId: string;
/** Six people in each member organization (a person is enrolled by the organization whose file it is). */
const peopleOf = new Map<string, string[]>();
let coordinator: Awaited<ReturnType<typeof givenStaff>>;

beforeAll(async () => {
  database = await createTestDatabase();
  const deps = testDeps(database, clock);
  const regional = (await givenOrganization(database.db, { name: 'Regional' })).id;
  members = [
    (await givenOrganization(database.db, { name: 'Member A' })).id,
    (await givenOrganization(database.db, { name: 'Member B' })).id,
  ];
  const consortium = await givenConsortium(database.db, regional, members);
  programId = (
    await createProgram(deps)(systemContext(), {
      ownerOrganizationId: regional,
      consortiumId: consortium.id,
      code: 'PROG',
      nameFr: 'Programme',
      nameEn: 'Program',
      countingUnit: 'household',
      status: 'active',
      rules: [],
    })
  ).id;
  coordinator = await givenStaff(database.db, regional, 'coordinator');
  for (const member of members) {
    const counselor = await givenStaff(database.db, member, 'counselor');
    const ids: string[] = [];
    for (let i = 0; i < 6; i++)
      ids.push(
        (
          await createPerson(deps)(counselor, {
            identity: { givenName: `P${i}`, familyName: 'Test', birthDate: '1990-01-01' },
          })
        ).id,
      );
    peopleOf.set(member, ids);
  }
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

/** What the progress must say, counted from the enrolments themselves. */
function recomputed(enrolments: readonly Enrolment[], targets: readonly Target[]) {
  return targets.map((t) => {
    const keys = new Set(
      enrolments
        .filter(
          (e) =>
            (t.member === null || e.member === t.member) &&
            t.periodStart <= e.enrolledOn &&
            e.enrolledOn <= t.periodEnd,
        )
        .map((e) => {
          const personKey = `${e.member}:${e.person}`;
          return t.unit === 'household' && e.household !== null ? `household ${e.household}` : personKey;
        }),
    );
    return keys.size;
  });
}

describe('program progress', () => {
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
          await database.db.deleteFrom('enrolments').where('program_id', '=', programId).execute();
          if (enrolments.length > 0)
            await database.db
              .insertInto('enrolments')
              .values(
                enrolments.map((e) => ({
                  id: uuidv7(),
                  organization_id: members[e.member]!,
                  program_id: programId,
                  person_id: peopleOf.get(members[e.member]!)![e.person]!,
                  household_key: e.household === null ? null : `household ${e.household}`,
                  status: 'exited' as const,
                  enrolled_on: e.enrolledOn,
                  intake_source: 'walk_in',
                  eligibility_verdict: 'eligible',
                  eligibility_snapshot: JSON.stringify({}),
                  created_at: new Date(),
                })),
              )
              .execute();
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
        },
      ),
      { numRuns: 40 },
    );
  });
});
