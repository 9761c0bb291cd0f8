import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBandOf, categoryOf, crossTabulate, yearsSinceArrivalBandOf } from './breakdowns.js';
import { outcomeRecord, personFacts } from './records.fixture.js';

describe('breakdowns', () => {
  it('bands ages at their bounds, by the age reached in the reference year', () => {
    expect(ageBandOf(2001, 2026)).toBe('under_26');
    expect(ageBandOf(2000, 2026)).toBe('26_44');
    expect(ageBandOf(1982, 2026)).toBe('26_44');
    expect(ageBandOf(1981, 2026)).toBe('45_54');
    expect(ageBandOf(1972, 2026)).toBe('45_54');
    expect(ageBandOf(1971, 2026)).toBe('55_plus');
    expect(ageBandOf(null, 2026)).toBe('unknown');
    expect(ageBandOf(2027, 2026)).toBe('unknown');
  });
  it('bands years since arrival: 0–2, 3–5, 6–10, over 10', () => {
    expect(
      [2026, 2024, 2023, 2021, 2020, 2016, 2015].map((year) => yearsSinceArrivalBandOf(year, 2026)),
    ).toEqual(['years_0_2', 'years_0_2', 'years_3_5', 'years_3_5', 'years_6_10', 'years_6_10', 'over_10']);
    expect(yearsSinceArrivalBandOf(null, 2026)).toBe('unknown');
    expect(yearsSinceArrivalBandOf(2030, 2026)).toBe('unknown');
  });
  it('names each dimension’s category, unknown when the fact is missing', () => {
    const person = personFacts({
      sex: 'female',
      trainingCountry: 'SY',
      field: '07',
      arrivalYear: 2022,
      birthYear: 1990,
    });
    expect(categoryOf(person, 'sex', 2026)).toBe('female');
    expect(categoryOf(person, 'training_country', 2026)).toBe('SY');
    expect(categoryOf(person, 'field', 2026)).toBe('07');
    expect(categoryOf(person, 'years_since_arrival', 2026)).toBe('years_3_5');
    expect(categoryOf(person, 'age_band', 2026)).toBe('26_44');
    expect(categoryOf(personFacts(), 'sex', 2026)).toBe('unknown');
  });
  it('cross-tabulates records by two dimensions, unknown last', () => {
    const records = [
      outcomeRecord({ personId: 'a', person: { trainingCountry: 'SY', sex: 'female' } }),
      outcomeRecord({ personId: 'b', person: { trainingCountry: 'SY', sex: 'male' } }),
      outcomeRecord({ personId: 'c', person: { trainingCountry: 'AF', sex: 'female' } }),
      outcomeRecord({ personId: 'd', person: { sex: 'female' } }),
    ];
    expect(crossTabulate(records, 'training_country', 'sex', 2026)).toEqual({
      rows: ['AF', 'SY', 'unknown'],
      columns: ['female', 'male'],
      cells: [
        [1, 0],
        [1, 1],
        [1, 0],
      ],
    });
  });
  it('every record lands in exactly one cell', () => {
    const person = fc.record({
      sex: fc.constantFrom('female', 'male', 'other', null),
      birthYear: fc.option(fc.integer({ min: 1940, max: 2010 })),
      arrivalYear: fc.option(fc.integer({ min: 1990, max: 2026 })),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 40 }), (people) => {
        const records = people.map((p, i) => outcomeRecord({ personId: `p${i}`, person: p }));
        const table = crossTabulate(records, 'age_band', 'years_since_arrival', 2026);
        return table.cells.flat().reduce((sum, n) => sum + n, 0) === people.length;
      }),
      { numRuns: 1000 },
    );
  });
});
