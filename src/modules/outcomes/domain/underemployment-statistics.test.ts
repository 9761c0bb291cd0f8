import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobSpell, outcomeRecord } from './records.fixture.js';
import type { EmploymentStatus } from './underemployment.js';
import { publishUnderemployment, underemploymentStatistics } from './underemployment-statistics.js';

const many = (group: string, status: EmploymentStatus, n: number) =>
  Array.from({ length: n }, () => ({ group, status }));

describe('anonymized underemployment by a breakdown', () => {
  it('publishes groups large enough, and hides a small group with what would reveal it', () => {
    const table = publishUnderemployment([
      ...many('SY', 'underemployed', 30),
      ...many('SY', 'matched', 20),
      ...many('UA', 'underemployed', 25),
      ...many('UA', 'matched', 15),
      ...many('AF', 'underemployed', 4),
      ...many('AF', 'matched', 1),
      ...many('AF', 'not_employed', 40),
      ...many('AF', 'levels_unknown', 40),
    ]);
    expect(table.rows.map((row) => row.group)).toEqual(['AF', 'SY', 'UA']);
    expect(table.rows[0]).toEqual({ group: 'AF', people: null, underemployed: null, rate: null });
    // AF's 4, 1 and 5 are hidden; UA's counts, smaller than SY's, protect them in each column, its
    // people too (the total less SY and UA would give AF's 5).
    expect(table.rows[2]).toEqual({ group: 'UA', people: null, underemployed: null, rate: null });
    expect(table.rows[1]).toEqual({ group: 'SY', people: 50, underemployed: 30, rate: 0.6 });
    expect(table.total).toEqual({ people: 95, underemployed: 59, rate: 59 / 95 });
  });
  it('an empty table has no rows and no rate', () => {
    expect(publishUnderemployment(many('SY', 'not_employed', 3))).toEqual({
      rows: [],
      total: { people: 0, underemployed: null, rate: null },
    });
  });
  it('compares the job at entry with the job on asOf, by the person’s facts', () => {
    const records = Array.from({ length: 48 }, (_, i) =>
      outcomeRecord({
        personId: `p${i}`,
        person: { sex: i % 2 === 0 ? 'female' : 'male', qualificationSkillLevel: 4, jobAtEntrySkillLevel: 1 },
        jobs: [jobSpell({ startsOn: '2026-03-01', jobSkillLevel: i < 24 ? 4 : 2 })],
      }),
    );
    const { before, after } = underemploymentStatistics(records, { breakdown: 'sex', asOf: '2026-12-31' });
    expect(before.rows).toEqual([
      { group: 'female', people: 24, underemployed: 24, rate: 1 },
      { group: 'male', people: 24, underemployed: 24, rate: 1 },
    ]);
    expect(after.rows).toEqual([
      { group: 'female', people: 24, underemployed: 12, rate: 0.5 },
      { group: 'male', people: 24, underemployed: 12, rate: 0.5 },
    ]);
  });
  it('never lets a group under the threshold be read off, nor derived as people − underemployed', () => {
    const status = fc.constantFrom<EmploymentStatus>(
      'underemployed',
      'matched',
      'not_employed',
      'levels_unknown',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), status, fc.integer({ min: 1, max: 30 })),
          { maxLength: 12 },
        ),
        (parts) => {
          const table = publishUnderemployment(parts.flatMap(([group, s, n]) => many(group, s, n)));
          const small = (n: number | null) => n !== null && n > 0 && n < 10;
          return [...table.rows, table.total].every(
            (row) =>
              !small(row.people) &&
              !small(row.underemployed) &&
              (row.people === null || row.underemployed === null || !small(row.people - row.underemployed)) &&
              (row.rate === null || (row.people !== null && row.underemployed !== null && row.people >= 10)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
