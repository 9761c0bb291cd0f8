import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  givenConsortiumProgram,
  replaceProgramEnrolments,
} from '../../../../test/support/program-enrolments.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { targetSeriesRepository } from './target-series-repository.js';

/**
 * The months counted in SQL must be those of a plain computation over the same enrolments: each unit
 * (a person, or a household shared across members) in the month of its earliest enrolment in the
 * period, per member and in total — on random enrolments around month ends and 29 February.
 */
let database: TestDatabase;
let members: string[];
let programId: string;
const peopleOf = new Map<string, string[]>();

beforeAll(async () => {
  database = await createTestDatabase();
  const deps = testDeps(database, fixedClock('2028-06-01T10:00:00Z'));
  const scene = await givenConsortiumProgram(deps, 'SERIES', 5);
  members = scene.members;
  programId = scene.programId;
  for (const [member, ids] of scene.peopleOf) peopleOf.set(member, ids);
}, 120_000);
afterAll(() => database?.close());

interface Enrolment {
  member: number;
  person: number;
  household: number | null;
  enrolledOn: string;
}

// From 25 December 2027 to 24 April 2028: month ends, a new year and 29 February.
const day = fc
  .integer({ min: 0, max: 120 })
  .map((offset) => new Date(Date.UTC(2027, 11, 25 + offset)).toISOString().slice(0, 10));
const enrolment = fc.record({
  member: fc.integer({ min: 0, max: 1 }),
  person: fc.integer({ min: 0, max: 4 }),
  household: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  enrolledOn: day,
});

function expected(
  enrolments: readonly Enrolment[],
  periodStart: string,
  periodEnd: string,
  unit: 'person' | 'household',
  member: number | null,
) {
  const first = new Map<string, string>();
  for (const e of enrolments) {
    if (e.enrolledOn < periodStart || e.enrolledOn > periodEnd) continue;
    if (member !== null && e.member !== member) continue;
    const key = unit === 'household' && e.household !== null ? `h${e.household}` : `p${e.member}:${e.person}`;
    const seen = first.get(key);
    if (seen === undefined || e.enrolledOn < seen) first.set(key, e.enrolledOn);
  }
  const months = new Map<string, number>();
  for (const on of first.values()) months.set(on.slice(0, 7), (months.get(on.slice(0, 7)) ?? 0) + 1);
  return Object.fromEntries([...months].sort());
}

const sorted = (months: Map<string, number> | undefined) => Object.fromEntries([...(months ?? [])].sort());

describe('new units by month', () => {
  it('equals a plain computation over the enrolments, per member and in total', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(enrolment, { maxLength: 30 }),
        fc.tuple(day, day),
        fc.constantFrom('person' as const, 'household' as const),
        async (enrolments, [a, b], unit) => {
          const [periodStart, periodEnd] = a <= b ? [a, b] : [b, a];
          await replaceProgramEnrolments(
            database.db,
            programId,
            enrolments.map((e) => ({
              organizationId: members[e.member]!,
              personId: peopleOf.get(members[e.member]!)![e.person]!,
              householdKey: e.household === null ? null : `h${e.household}`,
              enrolledOn: e.enrolledOn,
            })),
          );
          const counted = await targetSeriesRepository(database.db).newUnitsByMonth(
            programId,
            periodStart,
            periodEnd,
            unit,
          );
          expect(sorted(counted.total)).toEqual(expected(enrolments, periodStart, periodEnd, unit, null));
          for (const [index, member] of members.entries())
            expect(sorted(counted.byOrganization.get(member))).toEqual(
              expected(enrolments, periodStart, periodEnd, unit, index),
            );
        },
      ),
      { numRuns: 60 },
    );
  });
});
